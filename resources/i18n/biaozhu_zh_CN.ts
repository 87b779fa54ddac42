<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/gui/menus.py" line="90"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="91"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="92"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="93"/>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="94"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="95"/>
        <source>&amp;Merge projects…</source>
        <translation>合并项目(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="96"/>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="97"/>
        <source>Retry &amp;saving</source>
        <translation>重试保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="99"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="100"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="101"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="102"/>
        <source>Next span</source>
        <translation>下一个片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="103"/>
        <source>Previous span</source>
        <translation>上一个片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="104"/>
        <source>Next document</source>
        <translation>下一篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="105"/>
        <source>Previous document</source>
        <translation>上一篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="106"/>
        <source>Search documents</source>
        <translation>搜索文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="107"/>
        <source>Back to the article</source>
        <translation>回到正文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="108"/>
        <source>Next search hit</source>
        <translation>下一个搜索结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="109"/>
        <source>Previous search hit</source>
        <translation>上一个搜索结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="110"/>
        <source>&amp;Accept suggestion</source>
        <translation>接受建议(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="111"/>
        <source>Re&amp;ject suggestion</source>
        <translation>拒绝建议(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="112"/>
        <source>Accept &amp;all suggestions in this document</source>
        <translation>接受本文全部建议(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="113"/>
        <source>Accept all &amp;occurrences</source>
        <translation>接受所有出现处(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="114"/>
        <source>&amp;Delete gold span</source>
        <translation>删除金标准片段(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="115"/>
        <source>Mark document &amp;done / reopen</source>
        <translation>标记本文完成 / 重新打开(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="116"/>
        <source>Allow o&amp;verlapping spans in this project</source>
        <translation>本项目允许片段重叠(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="117"/>
        <source>Start one character left</source>
        <translation>起点左移一个字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="118"/>
        <source>Start one character right</source>
        <translation>起点右移一个字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="119"/>
        <source>End one character left</source>
        <translation>终点左移一个字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="120"/>
        <source>End one character right</source>
        <translation>终点右移一个字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="121"/>
        <source>Start one word left</source>
        <translation>起点左移一个词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="122"/>
        <source>Start one word right</source>
        <translation>起点右移一个词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="123"/>
        <source>End one word left</source>
        <translation>终点左移一个词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="124"/>
        <source>End one word right</source>
        <translation>终点右移一个词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="125"/>
        <source>&amp;Suggest all documents</source>
        <translation>为全部文档生成建议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="126"/>
        <source>Suggest &amp;this document</source>
        <translation>为本文生成建议(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="127"/>
        <source>T&amp;rain suggester</source>
        <translation>训练建议模型(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="128"/>
        <source>Suggester &amp;models…</source>
        <translation>建议模型管理(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="129"/>
        <source>Order to-do by &amp;uncertainty</source>
        <translation>待办按不确定度排序(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="130"/>
        <source>Show &amp;label names on spans</source>
        <translation>在片段上显示标签名(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="131"/>
        <source>&amp;Compare &amp;&amp; adjudicate</source>
        <translation>比较与裁决(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="132"/>
        <source>&amp;Agreement</source>
        <translation>一致性(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="133"/>
        <source>Document &amp;history</source>
        <translation>文档历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="134"/>
        <source>History of the focused &amp;span</source>
        <translation>当前片段的历史(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="135"/>
        <source>R&amp;oles…</source>
        <translation>角色(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="136"/>
        <source>Check the history &amp;now</source>
        <translation>立即校验历史(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="137"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="138"/>
        <source>Annotation &amp;guidelines</source>
        <translation>标注规范(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="139"/>
        <source>&amp;About Biaozhu</source>
        <translation>关于标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="173"/>
        <source>Label as %1</source>
        <translation>标为 %1</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="224"/>
        <source>Agreement — %1</source>
        <translation>一致性 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="225"/>
        <source>Whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="228"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="229"/>
        <source>&amp;Recompute</source>
        <translation>重新计算(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="226"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="227"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="233"/>
        <source>Exact F1: same start, end and label. Overlap F1: a same-label span of the other annotator overlaps. Kappa: Cohen&apos;s kappa over characters (“O” outside spans). Over the documents both annotators annotated.</source>
        <translation>精确 F1：起点、终点和标签都相同。重叠 F1：另一位标注员有同标签的片段与之重叠。Kappa：按字计算的 Cohen&apos;s kappa（片段之外记为“O”）。只统计两位标注员都标注过的文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="240"/>
        <source>Alpha: Krippendorff&apos;s alpha over all annotators, each character a unit; a document counts for an annotator once they marked it done.</source>
        <translation>α：全体标注员的 Krippendorff&apos;s α，每个字为一个单元；标注员把文档标为已完成后，该文档才计入其标注。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="270"/>
        <source>Computing agreement…</source>
        <translation>正在计算一致性…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/agreement_panel.py" line="363"/>
        <source>%v of %m document(s)</source>
        <translation>
            <numerusform>%v / %m 篇文档</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="310"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="272"/>
        <source>Cancelled: the agreement was not computed. Recompute starts it again.</source>
        <translation>已取消，一致性未计算。点“重新计算”可再次计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="274"/>
        <source>The agreement could not be computed: %1</source>
        <translation>无法计算一致性：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/agreement_panel.py" line="278"/>
        <source>%n pair(s) of annotators.</source>
        <translation>
            <numerusform>%n 对标注员。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="410"/>
        <source>Pair</source>
        <translation>标注员对</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="411"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="412"/>
        <source>Spans a / b</source>
        <translation>片段数 a / b</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="413"/>
        <source>Exact F1</source>
        <translation>精确 F1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="414"/>
        <source>Overlap F1</source>
        <translation>重叠 F1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="415"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="416"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="497"/>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/agreement_panel.py" line="459"/>
        <source>Krippendorff&apos;s alpha (nominal) over all annotators: %n annotator(s), %1 in %2</source>
        <translation>
            <numerusform>全体标注员的 Krippendorff&apos;s α（名义尺度）：%n 位标注员，%2中的 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/agreement_panel.py" line="463"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/agreement_panel.py" line="464"/>
        <source>%n finished document(s)</source>
        <translation>
            <numerusform>%n 篇已完成文档</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="276"/>
        <source>No two annotators share a document yet.</source>
        <translation>还没有两位标注员标注过同一篇文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="469"/>
        <source>Krippendorff&apos;s alpha: no two annotators have finished the same document yet.</source>
        <translation>Krippendorff&apos;s α：还没有两位标注员完成同一篇文档。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/agreement_panel.py" line="475"/>
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1：%n 篇文档</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="481"/>
        <source>Left out, as made by adjudicating: %1.</source>
        <translation>未计入（由裁决产生的层）：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="500"/>
        <source>exact F1</source>
        <translation>精确 F1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="500"/>
        <source>overlap F1</source>
        <translation>重叠 F1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="500"/>
        <source>kappa</source>
        <translation>kappa</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="149"/>
        <source>Accepting %n suggestion(s)…</source>
        <translation>
            <numerusform>正在接受 %n 条建议…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="150"/>
        <source>Accepting %n suggestion(s)</source>
        <translation>
            <numerusform>正在接受 %n 条建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="171"/>
        <source>Accepting suggestions: %1 of %n written…</source>
        <translation>
            <numerusform>正在接受建议：已写入 %1 / %n 条…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="174"/>
        <source>Accepting %1 everywhere: %2 of %n document(s) done…</source>
        <translation>
            <numerusform>正在全项目接受%1：已处理 %2 / %n 篇文档…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="493"/>
        <location filename="../../desktop/gui/controller.py" line="758"/>
        <source>%n other occurrence(s) offered</source>
        <translation>
            <numerusform>已提供另外 %n 处出现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="495"/>
        <source>not offered in %n document(s) you marked done</source>
        <translation>
            <numerusform>未在你已标为完成的 %n 篇文档中提供</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="835"/>
        <source>Too late to cancel: all %n suggestion(s) were accepted (Ctrl+Z takes them back)</source>
        <translation>
            <numerusform>来不及取消：%n 条建议已全部接受（Ctrl+Z 可撤销）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="841"/>
        <source>Cancelled: %1 of %n suggestion(s) accepted</source>
        <translation>
            <numerusform>已取消：%n 条建议中接受了 %1 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="850"/>
        <source>%n suggestion(s) accepted.</source>
        <translation>
            <numerusform>已接受 %n 条建议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="853"/>
        <source>%1 of %n suggestion(s) accepted: the others had changed in the file meanwhile.</source>
        <translation>
            <numerusform>已接受 %n 条建议中的 %1 条：其余建议在此期间已在文件中被更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="895"/>
        <source>%n occurrence(s) accepted</source>
        <translation>
            <numerusform>已接受 %n 处出现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="897"/>
        <source>in %n document(s)</source>
        <translation>
            <numerusform>涉及 %n 篇文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="901"/>
        <source>%n document(s) you marked done left as they are (Ctrl+D there reopens one)</source>
        <translation>
            <numerusform>你已标为完成的 %n 篇文档保持不变（在文档中按 Ctrl+D 可重新打开）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="944"/>
        <source>%n suggestion(s) still pending: Ctrl+D again marks the document done and counts them as rejected; any other key cancels.</source>
        <translation>
            <numerusform>还有 %n 条建议待定：再按 Ctrl+D 将文档标为完成，并把它们记为拒绝；按其他键取消。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop/gui/context.py" line="115"/>
        <source>This file is another project than the one this window last closed under its name (another project id): one made or copied there since. If no one did, run “biaozhu verify” and compare with a backup.</source>
        <translation>此文件是另一个项目，不是本窗口上次以此名称关闭的那个（项目 ID 不同）：是此后在此新建或复制过来的。若无人这样做，请运行“biaozhu verify”并与备份比对。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/context.py" line="122"/>
        <source>The history of this project is not what it was when this window last closed it: event %1 (hash %2…) is no longer in it. Events were removed or rewritten since; run “biaozhu verify” and compare with a backup.</source>
        <translation>本项目的历史与本窗口上次关闭它时不同：第 %1 个事件（哈希 %2…）已不在历史中。此后有事件被删除或改写；请运行“biaozhu verify”并与备份比对。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="61"/>
        <source>opened</source>
        <translation>打开时</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="62"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="77"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="86"/>
        <source>A copy of the project is kept each time it is opened (the last five). Restoring one first saves the current state as a backup too, and the history records the restore: nothing is lost.</source>
        <translation>每次打开项目时都会保存一份副本（保留最近五份）。恢复某份备份前，会先把当前状态也存为备份，历史记录中也会记下这次恢复：不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="97"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="98"/>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="99"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="100"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="101"/>
        <source>Made when</source>
        <translation>保存时机</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="102"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="119"/>
        <source>%1 (clock set back)</source>
        <translation>%1（时钟曾被调回）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="122"/>
        <source>%1 (file dated %2)</source>
        <translation>%1（文件日期 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="132"/>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="139"/>
        <source>Made after the copies below it, though the clock read an earlier time: it was set back between them. The list is in the order the copies were made.</source>
        <translation>它是在下面那些副本之后保存的，但当时时钟显示的时间更早：其间时钟被调回过。列表按副本的保存先后排列。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="152"/>
        <source>This project has no backups yet.</source>
        <translation>此项目还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="158"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="200"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="202"/>
        <source>Unusable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="209"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 无法恢复：%2</translation>
    </message>
</context>
<context>
    <name>ChosenCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_options.py" line="86"/>
        <source>%n file(s) chosen.</source>
        <translation>
            <numerusform>已选择 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_options.py" line="89"/>
        <source>%n file(s) to read in %2.</source>
        <translation>
            <numerusform>将读取 %2 中的 %n 个文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/gui/commands.py" line="315"/>
        <source>Correct %1</source>
        <translation>修正%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="317"/>
        <source>Accept %1 as %2</source>
        <translation>将%1接受为 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="319"/>
        <source>Accept %1</source>
        <translation>接受%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="416"/>
        <source>offering names at their other places</source>
        <translation>提供名称到其他位置</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="427"/>
        <source>Reject %1</source>
        <translation>拒绝%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="457"/>
        <source>Add %1 %2</source>
        <translation>添加 %1%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="533"/>
        <source>Remove %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="581"/>
        <source>Relabel %1 as %2</source>
        <translation>将%1改标为 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="654"/>
        <source>Resize %1</source>
        <translation>调整%1的边界</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="690"/>
        <source>Edit attributes of %1</source>
        <translation>编辑%1的属性</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="828"/>
        <source>Accept all suggestions</source>
        <translation>接受全部建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="917"/>
        <location filename="../../desktop/gui/commands.py" line="1030"/>
        <source>Undoing: %1</source>
        <translation>正在撤销：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="946"/>
        <source>Accept every %1 as %2</source>
        <translation>将所有%1接受为 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="717"/>
        <source>Mark document done</source>
        <translation>标记文档完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="719"/>
        <source>Reopen document</source>
        <translation>重新打开文档</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../desktop/gui/controller.py" line="975"/>
        <source>No pending suggestions left here: Ctrl+D marks the document done.</source>
        <translation>本文已没有待定建议：按 Ctrl+D 标记完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="650"/>
        <source>The project cannot be written now (%1): nothing is changed until it can (File → Retry saving).</source>
        <translation>项目现在无法写入（%1）：在可以写入之前不会做任何改动（文件 → 重试保存）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="153"/>
        <source>Accepting %1 everywhere…</source>
        <translation>正在全项目接受%1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="155"/>
        <source>Accepting %1 everywhere</source>
        <translation>正在全项目接受%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="195"/>
        <source>%1: waiting for another program to finish writing…</source>
        <translation>%1：正在等待其他程序写完…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="197"/>
        <source>%1: waiting for another window of Biaozhu to finish writing…</source>
        <translation>%1：正在等待标注的另一个窗口写完…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="201"/>
        <source>%1: waiting for %2 to finish…</source>
        <translation>%1：正在等待“%2”完成…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="619"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="667"/>
        <source>No span is focused (J/K or ↓/↑ to move).</source>
        <translation>没有选中片段（用 J/K 或 ↓/↑ 移动）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="675"/>
        <source>No spans are shown in this article: select text (Shift+arrows) and press a label key to add one.</source>
        <translation>本文没有显示任何片段：用 Shift+方向键选中文字，再按标签键即可新建片段。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="690"/>
        <source>%1 (%2) is already gold.</source>
        <translation>%1（%2）已是金标。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="692"/>
        <source>The span overlaps %1 (%2), which is already gold.</source>
        <translation>该片段与已是金标的%1（%2）重叠。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="713"/>
        <source>This span is gold: Delete removes it.</source>
        <translation>这是金标准片段：按 Delete 删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="745"/>
        <source>Select some text first.</source>
        <translation>请先选中文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="765"/>
        <source>A suggestion is rejected with X.</source>
        <translation>建议用 X 拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="792"/>
        <source>The boundary cannot move further.</source>
        <translation>边界不能再移动了。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="827"/>
        <source>Nothing is pending in this document.</source>
        <translation>本文没有待定建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="875"/>
        <source>Only %1 names are accepted everywhere.</source>
        <translation>只有 %1 名称可以全局接受。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="884"/>
        <source>Cancelled: %1 was accepted nowhere.</source>
        <translation>已取消：%1一处也未接受。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="890"/>
        <source>No pending occurrence of %1 is left to accept.</source>
        <translation>%1已没有待接受的出现处。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="934"/>
        <source>Not marked done while “%1” writes: Ctrl+D once it has ended (Esc cancels it).</source>
        <translation>“%1”正在写入，未标记完成：待它结束后再按 Ctrl+D（按 Esc 可取消它）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="955"/>
        <source>Document marked done.</source>
        <translation>文档已标记完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="957"/>
        <source>Document reopened.</source>
        <translation>文档已重新打开。</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="core_messages.py" line="20"/>
        <source>partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="25"/>
        <source>the workers computing a partition died ({n_done} of {n_futures} written are kept): out of memory? Rerun to go on</source>
        <translation>计算分区的工作进程意外退出（已写入的 {n_done}/{n_futures} 个保留）：内存不足？重新运行即可继续</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="30"/>
        <source>cannot reach the Dask scheduler at {scheduler} ({exc})</source>
        <translation>无法连接位于 {scheduler} 的 Dask 调度器（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="35"/>
        <source>suggest --corpus runs on Dask, which is not installed: pip install &apos;biaozhu[dask]&apos;</source>
        <translation>suggest --corpus 需要 Dask，但尚未安装：pip install &apos;biaozhu[dask]&apos;</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="40"/>
        <source>{out}: another suggest --corpus run is writing here</source>
        <translation>{out}: 另一个 suggest --corpus 正在写入此处</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="45"/>
        <source>--sample wants a number of documents of at least 1</source>
        <translation>--sample 需要至少 1 的文档数</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="50"/>
        <source>no document of {out} has a suggestion for which --where {where!r} holds (its suggestions: {held})</source>
        <translation>{out} 中没有文档的建议满足 --where {where!r}（其建议：{held}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="55"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="60"/>
        <source>--where: {exc}</source>
        <translation>--where: {exc}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="70"/>
        <source>{partition}: document {doc_id}</source>
        <translation>{partition}: 文档 {doc_id}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="85"/>
        <source>{spec}: no such file or folder</source>
        <translation>{spec}: 没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="90"/>
        <source>{out}: the output folder is inside the corpus {spec}</source>
        <translation>{out}: 输出文件夹位于语料 {spec} 之内</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="95"/>
        <source>{spec}: no Parquet or JSONL files</source>
        <translation>{spec}: 没有 Parquet 或 JSONL 文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="100"/>
        <source>{other} and {source_name} would both be written as {source_output_name}</source>
        <translation>{other} 和 {source_name} 都会写成 {source_output_name}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="175"/>
        <source>{source_name}: not a readable Parquet file ({exc})</source>
        <translation>{source_name}: 不是可读的 Parquet 文件（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="105"/>
        <source>{where}: no &quot;{name}&quot;</source>
        <translation>{where}: 没有“{name}”</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="110"/>
        <source>{where}: no &quot;{name}&quot; column</source>
        <translation>{where}: 没有“{name}”列</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="115"/>
        <source>{where}: the output adds a &quot;{name}&quot; column; rename the input one</source>
        <translation>{where}: 输出会新增“{name}”列；请给输入中的同名列改名</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="120"/>
        <source>{where}: &quot;text&quot; holds {text_type}, not text</source>
        <translation>{where}: “text”存放的是 {text_type}，不是文本</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="125"/>
        <source>{where}: &quot;id&quot; holds {ids_type}, not text or integers</source>
        <translation>{where}: “id”存放的是 {ids_type}，不是文本或整数</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="130"/>
        <source>{where}: row {row} has no &quot;{name}&quot;</source>
        <translation>{where}: 第 {row} 行没有“{name}”</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="135"/>
        <source>{where}: row {row} has an empty &quot;text&quot;</source>
        <translation>{where}: 第 {row} 行的“text”为空</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="140"/>
        <source>{out}: no {manifest}; run `biaozhu suggest --corpus IN --out {out}`</source>
        <translation>{out}: 没有 {manifest}；请运行 `biaozhu suggest --corpus IN --out {out}`</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="145"/>
        <source>{path}: not a corpus manifest ({exc})</source>
        <translation>{path}: 不是语料清单（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="150"/>
        <source>{path}: format {format!r}, expected {expected}</source>
        <translation>{path}: 格式为 {format!r}，应为 {expected}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="155"/>
        <source>{p_output}: missing or changed since the manifest was written; rerun suggest --corpus</source>
        <translation>{p_output}: 缺失，或在写入清单后被改动；请重新运行 suggest --corpus</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="195"/>
        <source>{where}: attributes must be a JSON object</source>
        <translation>{where}: 属性必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="210"/>
        <source>--where: longer than {max_length} characters</source>
        <translation>--where: 超过 {max_length} 个字符</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="215"/>
        <source>--where: cannot read {source!r} at column {column}</source>
        <translation>--where: 无法读取第 {column} 列处的 {source!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="220"/>
        <source>--where: nested more than {max_depth} levels deep at column {column}</source>
        <translation>--where: 第 {column} 列处嵌套超过 {max_depth} 层</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="225"/>
        <source>--where: no field {field!r} at column {column}; fields are {fields}</source>
        <translation>--where: 第 {column} 列处没有字段 {field!r}；可用字段：{fields}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="230"/>
        <source>--where: expected {wanted} at column {token_column}, found {found}</source>
        <translation>--where: 第 {token_column} 列处应为 {wanted}，实际为 {found}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="235"/>
        <source>--where: {name} is text: compare it with == or != (column {op_column})</source>
        <translation>--where: {name} 是文本：请用 == 或 != 比较（第 {op_column} 列）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="240"/>
        <source>span offsets must be integers, got {start!r}..{end!r}</source>
        <translation>片段偏移必须是整数，实际为 {start!r}..{end!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="245"/>
        <source>span {start}..{end} lies outside its text of {n_text} characters or is empty</source>
        <translation>片段 {start}..{end} 超出其 {n_text} 个字符的文本，或为空</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="250"/>
        <source>span {start}..{end} says {surface!q} but the text there is {text!q}</source>
        <oldsource>span {start}..{end} says {surface!r} but the text there is {text!r}</oldsource>
        <translation>片段 {start}..{end} 写的是{surface!q}，但该处文本是{text!q}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="255"/>
        <source>span {start}..{end} starts or ends on white space</source>
        <translation>片段 {start}..{end} 以空白开头或结尾</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="260"/>
        <source>{path}: {entries:,} files in the {what} (limit {max_zip_entries:,})</source>
        <translation>{path}: {what} 中有 {entries:,} 个文件（上限 {max_zip_entries:,}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="265"/>
        <source>{path}: a table of contents of {directory_bytes_mb} in the {what} (limit {max_zip_directory_bytes_mb})</source>
        <translation>{path}: {what} 的目录有 {directory_bytes_mb}（上限 {max_zip_directory_bytes_mb}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="270"/>
        <source>{path}: not a readable {what} file ({exc})</source>
        <translation>{path}: 不是可读的 {what} 文件（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="280"/>
        <source>{where}: not a readable {what} file ({exc})</source>
        <translation>{where}: 不是可读的 {what} 文件（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="290"/>
        <source>{path}: {member_filename} declares a DTD, which a {what} never has (entities are not expanded)</source>
        <translation>{path}: {member_filename} 声明了 DTD，而 {what} 从不含 DTD（实体不会展开）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="185"/>
        <source>{where}: {what} content inflates to over {max_compression_ratio} times its compressed size (limit {max_compression_ratio}:1): a zip bomb?</source>
        <translation>{where}: {what} 内容解压后超过压缩大小的 {max_compression_ratio} 倍（上限 {max_compression_ratio}:1）：是 zip 炸弹吗？</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="295"/>
        <source>{where}: the {what} inflates to {size_mb} or more (limit {max_inflated_bytes_mb})</source>
        <translation>{where}: {what} 解压后达到 {size_mb} 或更多（上限 {max_inflated_bytes_mb}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="300"/>
        <source>{path}: not a readable {what} file (not a zip package)</source>
        <translation>{path}: 不是可读的 {what} 文件（不是 zip 包）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="310"/>
        <source>one file</source>
        <translation>单个文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="315"/>
        <source>one document</source>
        <translation>单篇文档</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="320"/>
        <source>{name}: binary data, not a text file</source>
        <translation>{name}: 是二进制数据，不是文本文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="325"/>
        <source>{name}: UTF-8 cut short inside its last character (a download or copy that did not finish?); get the whole file</source>
        <translation>{name}: UTF-8 在最后一个字符中间被截断（下载或复制没有完成？）；请取得完整文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="330"/>
        <source>unknown encoding {encoding!r} (try gb18030, big5, utf-16)</source>
        <translation>未知编码 {encoding!r}（可试 gb18030、big5、utf-16）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="335"/>
        <source>{encoding!r} is not a text encoding (try gb18030, big5, utf-16)</source>
        <translation>{encoding!r} 不是文本编码（可试 gb18030、big5、utf-16）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="360"/>
        <source>{path}: {size} is too large for {what} (limit {limit}): split it into articles</source>
        <translation>{path}: {size} 对 {what} 来说太大（上限 {limit}）：请拆分成单篇文章</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="365"/>
        <source>{path}: {size} is too large for {what} (limit {limit}): split it</source>
        <translation>{path}: {size} 对 {what} 来说太大（上限 {limit}）：请拆分</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="370"/>
        <source>{name}: not {encoding} (byte {exc_start} is not valid in it); check --encoding</source>
        <translation>{name}: 不是 {encoding}（第 {exc_start} 个字节不符合该编码）；请检查所选的编码</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="375"/>
        <source> (perhaps {guess}?)</source>
        <translation>（也许是 {guess}？）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="380"/>
        <source>{name}: not text in UTF-8, GB18030 or UTF-16{hint}; if you know its encoding, give --encoding</source>
        <translation>{name}: 不是 UTF-8、GB18030 或 UTF-16 文本{hint}；如果知道其编码，请在导入选项的“编码”中指定</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="385"/>
        <source>as {encoding} {start!r}</source>
        <translation>按 {encoding} 读作 {start!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="390"/>
        <source>{some} or {other}</source>
        <translation>{some}，或{other}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="395"/>
        <source>{name}: too short to tell its encoding (it reads {shown}); give --encoding</source>
        <translation>{name}: 太短，无法判断编码（可读作 {shown}）；请在导入选项的“编码”中指定</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="400"/>
        <source>{name}: corrupt {encoding} at byte {exc_start}</source>
        <translation>{name}: 第 {exc_start} 个字节处的 {encoding} 已损坏</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="410"/>
        <source>--out {out} names no file or folder of its own; give one</source>
        <translation>输出位置 {out} 没有指明文件或文件夹；请给出一个</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="415"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="435"/>
        <source>--{shown} does not apply to the {form_name} format</source>
        <translation>--{shown} 不适用于 {form_name} 格式</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="440"/>
        <source>nothing to export: no gold yet (a document becomes gold when it is marked done or adjudicated)</source>
        <translation>没有可导出的内容：还没有金标（文档标记完成或经过裁决后成为金标）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="445"/>
        <source>nothing to export: {annotator} has no spans or statuses</source>
        <translation>没有可导出的内容：{annotator} 没有片段或状态</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="450"/>
        <source>nothing to export: no pending suggestions</source>
        <translation>没有可导出的内容：没有待定建议</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="455"/>
        <source>unknown selection {kind!r}; use {kinds}</source>
        <translation>未知的选择 {kind!r}；可用：{kinds}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="460"/>
        <source>an annotator&apos;s layer needs the annotator&apos;s name</source>
        <translation>标注员的层需要标注员的名字</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="465"/>
        <source>document {doc_id!r} vanished during the export</source>
        <translation>文档 {doc_id!r} 在导出过程中消失了</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="480"/>
        <source>export stopped, nothing written: document {doc_id} span {s_start}..{s_end} {s_label} is stored as {s_text!q} but the text there is {found!q} (run `biaozhu verify`)</source>
        <oldsource>export stopped, nothing written: document {doc_id} span {s_start}..{s_end} {s_label} is stored as {s_text!r} but the text there is {found!r} (run `biaozhu verify`)</oldsource>
        <translation>导出已停止，未写入任何内容：文档 {doc_id} 的片段 {s_start}..{s_end} {s_label} 存为{s_text!q}，但该处文本是{found!q}（请运行 `biaozhu verify`）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="485"/>
        <source>--split wants ratios like 8:1:1, got {spec!r}</source>
        <translation>划分需要形如 8:1:1 的比例，实际为 {spec!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="490"/>
        <source>--split wants two or three non-negative ratios like 8:1:1, got {spec!r}</source>
        <translation>划分需要两个或三个非负比例，如 8:1:1，实际为 {spec!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="495"/>
        <source>{relative} is a file of yours that this export would overwrite; move it away first</source>
        <translation>{relative} 是您自己的文件，本次导出会覆盖它；请先移走</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="500"/>
        <source>a file of yours was written while the export ran; kept in {kept}</source>
        <translation>导出期间有您的文件被写入；已保留在 {kept}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="505"/>
        <source>{target_out} is an earlier Biaozhu export; give --force to replace it, or choose another --out</source>
        <translation>{target_out} 是之前的 Biaozhu 导出；用 --force 替换它，或另选 --out</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="520"/>
        <source>{path} is named like a SQLite database (a project?); an export never writes there</source>
        <translation>{path} 的名字像 SQLite 数据库（是项目吗？）；导出从不写入此处</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="525"/>
        <source>{path} is the project itself; choose another --out</source>
        <translation>{path} 就是项目本身；请另选输出位置</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="530"/>
        <source>{path} is in the project&apos;s backups; choose another --out</source>
        <translation>{path} 位于项目的备份中；请另选输出位置</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="535"/>
        <source>{path} holds the project itself; choose another --out</source>
        <translation>{path} 里存放着项目本身；请另选输出位置</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="305"/>
        <source>{path}: {exc_strerror}</source>
        <translation>{path}: {exc_strerror}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="540"/>
        <source>{path} is a symbolic link; an export writes real files only</source>
        <translation>{path} 是符号链接；导出只写入真实文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="545"/>
        <source>{path} is a device or other special file; choose another --out</source>
        <translation>{path} 是设备或其他特殊文件；请另选输出位置</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="510"/>
        <source>{target_out} is a folder; give a file name to --out</source>
        <translation>{target_out} 是文件夹；输出位置请给出文件名</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="275"/>
        <source>its zip package cannot be read: damaged or cut short?</source>
        <translation>其 zip 包无法读取：文件损坏或不完整？</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="285"/>
        <source>its compressed data cannot be inflated: damaged?</source>
        <translation>其压缩数据无法解压：文件损坏？</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="515"/>
        <source>{path} exists and is not an earlier history CSV; choose another --out</source>
        <translation>{path} 已存在，且不是之前导出的历史 CSV；请另选输出位置</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="550"/>
        <source>{target_manifest} is not a Biaozhu manifest; an export never replaces it</source>
        <translation>{target_manifest} 不是 Biaozhu 清单；导出从不替换它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="555"/>
        <source>{out} is a file; this export writes a folder there</source>
        <translation>{out} 是文件；本次导出要在此处写一个文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="560"/>
        <source>{out} already holds files that no Biaozhu export wrote; choose another --out</source>
        <translation>{out} 中已有不是 Biaozhu 导出写入的文件；请另选输出位置</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="565"/>
        <source>{shown} exists and no earlier Biaozhu export wrote it; choose another --out</source>
        <translation>{shown} 已存在，且不是之前的 Biaozhu 导出写入的；请另选输出位置</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="570"/>
        <source>{shown} was changed since Biaozhu exported it; an export does not replace edited files (move it away, or choose another --out)</source>
        <translation>{shown} 在 Biaozhu 导出后被改动过；导出不会替换编辑过的文件（请移走它，或另选输出位置）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="575"/>
        <source>label {name!r} holds white space, which {fmt} cannot write; rename the label first</source>
        <translation>标签 {name!r} 含有空白，{fmt} 无法写入；请先给标签改名</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="580"/>
        <source>{path}: no brat .ann files in the folder</source>
        <translation>{path}: 文件夹中没有 brat .ann 文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="585"/>
        <source>{ann}: no {txt_name} beside it (brat keeps the text in a .txt)</source>
        <translation>{ann}: 旁边没有 {txt_name}（brat 把文本存在 .txt 中）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="590"/>
        <source>{where}: {ident} is given twice</source>
        <translation>{where}: {ident} 出现了两次</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="595"/>
        <source>{where}: an attribute needs a name and a target</source>
        <translation>{where}: 属性需要名字和目标</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="600"/>
        <source>{where}: not a brat annotation line ({line!r})</source>
        <translation>{where}: 不是 brat 标注行（{line!r}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="605"/>
        <source>{ann}: {ident} says {surface!q} but the text at {start}..{end} is {span_text!q}</source>
        <oldsource>{ann}: {ident} says {surface!r} but the text at {start}..{end} is {span_text!r}</oldsource>
        <translation>{ann}: {ident} 写的是{surface!q}，但 {start}..{end} 处的文本是{span_text!q}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="610"/>
        <source>{where}: it points to {target}, which no line of the file defines</source>
        <translation>{where}: 它指向 {target}，但文件中没有哪一行定义它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="615"/>
        <source>{where}: offsets must be &apos;START END&apos;, got {piece!r}</source>
        <translation>{where}: 偏移必须是 &apos;START END&apos;，实际为 {piece!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="620"/>
        <source>a CLUENER import needs a label map (CLUENER type -&gt; project label)</source>
        <translation>导入 CLUENER 需要标签映射（CLUENER 类型 -&gt; 项目标签）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="625"/>
        <source>{where}: &quot;text&quot; must be a non-empty string</source>
        <translation>{where}: “text”必须是非空字符串</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="630"/>
        <source>{where}: &quot;label&quot; must be an object of entity types</source>
        <translation>{where}: “label”必须是以实体类型为键的对象</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="635"/>
        <source>{where}: label {kind!r} must map entity strings to offset lists</source>
        <translation>{where}: 标签 {kind!r} 必须把实体字符串映射到偏移列表</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="640"/>
        <source>{where}: {kind} {entity!r} needs a list of [start, end]</source>
        <translation>{where}: {kind} {entity!r} 需要 [start, end] 列表</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="645"/>
        <source>{where}: {kind} {entity!r}: offsets must be [start, end] integers, got {pair!r}</source>
        <translation>{where}: {kind} {entity!r}：偏移必须是 [start, end] 整数，实际为 {pair!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="650"/>
        <source>{where}: {kind} {entity!r}: {exc}</source>
        <translation>{where}: {kind} {entity!r}：{exc}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="655"/>
        <source>{path}: document {document}</source>
        <translation>{path}: 第 {document} 篇文档</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="660"/>
        <source>{where}: the manifest&apos;s left_out spans are not [start, end, label]</source>
        <translation>{where}: 清单中的 left_out 片段不是 [start, end, label] 形式</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="665"/>
        <source>{where} left-out span {span}</source>
        <translation>{where} 第 {span} 个未写入标注的片段</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="670"/>
        <source>{path}:{lineno}: expected &apos;TOKEN ... TAG&apos; (tag O, B-X, I-X…), got {line!r}</source>
        <translation>{path}:{lineno}: 应为 &apos;TOKEN ... TAG&apos;（标记 O、B-X、I-X…），实际为 {line!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="680"/>
        <source>{where}: the manifest&apos;s white space does not fit the tokens</source>
        <translation>{where}: 清单中的空白与词元不符</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="685"/>
        <source>{where} span {span}</source>
        <translation>{where} 第 {span} 个片段</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="690"/>
        <source>{where}: &quot;{key}&quot; must be a list</source>
        <translation>{where}: “{key}”必须是列表</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="695"/>
        <source>{where}: &quot;{key}&quot; item {i} is not [start, end, label]</source>
        <translation>{where}: “{key}”的第 {i} 项不是 [start, end, label]</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="735"/>
        <source>{path}: a Hugging Face dataset is a folder (save_to_disk)</source>
        <translation>{path}: Hugging Face 数据集是一个文件夹（save_to_disk）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="740"/>
        <source>{listing}: &apos;splits&apos; must be a list of folder names</source>
        <translation>{listing}: &apos;splits&apos; 必须是文件夹名列表</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="745"/>
        <source>{path}: no dataset_dict.json or state.json (not a saved dataset)</source>
        <translation>{path}: 没有 dataset_dict.json 或 state.json（不是保存的数据集）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="750"/>
        <source>{folder}: no readable state.json</source>
        <translation>{folder}: 没有可读的 state.json</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="755"/>
        <source>{folder}/state.json: no &apos;_data_files&apos; list of {{&apos;filename&apos;: …}}</source>
        <translation>{folder}/state.json: 没有 &apos;_data_files&apos; 列表（{{&apos;filename&apos;: …}}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="760"/>
        <source>{folder}/state.json: data file names must be plain names</source>
        <translation>{folder}/state.json: 数据文件名必须是简单文件名</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="765"/>
        <source>{where}: no &apos;text&apos; and &apos;spans&apos; columns to import</source>
        <translation>{where}: 没有可导入的 &apos;text&apos; 和 &apos;spans&apos; 列</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="770"/>
        <source>{where}: the &apos;spans&apos; column holds {kind}, not lists of spans</source>
        <translation>{where}: &apos;spans&apos; 列存的是 {kind}，不是片段列表</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="775"/>
        <source>{where}: row {n}: empty text</source>
        <translation>{where}: 第 {n} 行：文本为空</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="780"/>
        <source>{where}: row {n} span {i}: not a span ({value!r})</source>
        <translation>{where}: 第 {n} 行片段 {i}：不是片段（{value!r}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="785"/>
        <source>{where}: row {n} span {i}: attrs must be a struct, not {value!r}</source>
        <translation>{where}: 第 {n} 行片段 {i}：attrs 必须是结构体，而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="790"/>
        <source>{where}: no &quot;text&quot; (the line&apos;s keys: {keys}); each line needs its article in &quot;text&quot;</source>
        <translation>{where}: 没有“text”（该行的键：{keys}）；每行都需要把文章放在“text”中</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="795"/>
        <source>{where}: no &quot;spans&quot; list</source>
        <translation>{where}: 没有“spans”列表</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="800"/>
        <source>{where}: &quot;spans&quot; must be a list</source>
        <translation>{where}: “spans”必须是列表</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="805"/>
        <source>{where}: &quot;meta&quot; must be an object</source>
        <translation>{where}: “meta”必须是对象</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="810"/>
        <source>{where}: a span must be an object</source>
        <translation>{where}: 片段必须是对象</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="815"/>
        <source>{where}: missing {exc_args!r}</source>
        <translation>{where}: 缺少 {exc_args!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="820"/>
        <source>{where}: label must be a non-empty string</source>
        <translation>{where}: 标签必须是非空字符串</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="75"/>
        <source>{where}: {exc}</source>
        <translation>{where}: {exc}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="10"/>
        <source>{target}: not a partition a suggest --corpus run wrote, where this run would write the suggestions of {input}; give another --out, or move the file</source>
        <translation>{target}: 不是 suggest --corpus 运行写出的分区，而本次运行要在此写入 {input} 的建议；请换一个 --out，或移走该文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="15"/>
        <source>{manifest}: not the manifest of a suggest --corpus run, where this run would write its own; give another --out, or move the file</source>
        <translation>{manifest}: 不是 suggest --corpus 运行的清单，而本次运行要在此写入自己的清单；请换一个 --out，或移走该文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="65"/>
        <source>{path}: holds {rows} documents, fewer than its manifest lists; rerun suggest --corpus</source>
        <translation>{path}: 仅含 {rows} 篇文档，少于清单所列；请重新运行 suggest --corpus</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="80"/>
        <source>{where} span {i}: {exc}</source>
        <translation>{where} 片段 {i}：{exc}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="160"/>
        <source>{out}: the manifest names {name!r}, not a file of {out}</source>
        <translation>{out}: 清单指向 {name!r}，不是 {out} 中的文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="165"/>
        <source>{path}: {exc}</source>
        <translation>{path}: {exc}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="170"/>
        <source>{path}: not a regular file (a partition of the run is one)</source>
        <translation>{path}: 不是普通文件（运行的分区是普通文件）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="180"/>
        <source>{where}: a Parquet footer of {size_mb} (limit {max_parquet_footer_bytes_mb})</source>
        <translation>{where}: Parquet 文件尾部元数据达 {size_mb}（上限 {max_parquet_footer_bytes_mb}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="190"/>
        <source>{where}: the columns read take {size_mb} or more once decoded (limit {max_parquet_bytes_mb}): split the file</source>
        <translation>{where}: 读取的列解码后达 {size_mb} 或更多（上限 {max_parquet_bytes_mb}）：请拆分该文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="200"/>
        <source>its score {score!r} is not a number</source>
        <translation>其分数 {score!r} 不是数字</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="205"/>
        <source>its {field_name} is missing</source>
        <translation>缺少 {field_name} 字段</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="340"/>
        <source>a named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="345"/>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="350"/>
        <source>a device</source>
        <translation>设备文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="355"/>
        <source>{path}: not a regular file ({kind})</source>
        <translation>{path}: 不是普通文件（{kind}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="405"/>
        <source>--out {out}: an export is written to a file or folder with its manifest beside it, not to standard output; give a file name</source>
        <translation>--out {out}：导出写入一个文件或文件夹，清单文件（manifest）放在其旁，不能写到标准输出；请给出文件名</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="425"/>
        <source>{n} {n:document&apos;s metadata|documents&apos; metadata} ({keys}) not in the file: {format} has no place for {n:it|them}; the jsonl export keeps metadata</source>
        <translation>{n} 篇文档的元数据（{keys}）未写入文件：{format} 没有存放元数据的位置；jsonl 导出会保留元数据</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="430"/>
        <source>{n} {n:span&apos;s attributes|spans&apos; attributes} ({keys}) not in the file: {format} holds labels only; the jsonl, spacy, hf, doccano, brat and label-studio exports keep them</source>
        <translation>{n} 个片段的属性（{keys}）未写入文件：{format} 只保存标签；jsonl、spacy、hf、doccano、brat 和 label-studio 导出会保留属性</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="475"/>
        <source>export stopped, nothing written: document {doc_id}&apos;s metadata is damaged (not a JSON object as Biaozhu stores it) (run `biaozhu verify`)</source>
        <translation>导出已停止，未写入任何内容：文档 {doc_id} 的元数据已损坏（不是 Biaozhu 存储的 JSON 对象）（请运行 `biaozhu verify`）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="825"/>
        <source>{where}: attrs must be an object</source>
        <translation>{where}: attrs 必须是对象</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="830"/>
        <source>{where}: meta.{marker} names {key!r}, whose value is not JSON text</source>
        <translation>{where}: meta.{marker} 列出了 {key!r}，但它的值不是 JSON 文本</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="835"/>
        <source>{path}: expected a list of Label Studio tasks</source>
        <translation>{path}: 应为 Label Studio 任务列表</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="840"/>
        <source>{path}: task {task}</source>
        <translation>{path}: 第 {task} 个任务</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="845"/>
        <source>{where}: a task must be an object</source>
        <translation>{where}: 任务必须是对象</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="850"/>
        <source>{where}: not a Label Studio task (no &quot;data&quot; object; its keys: {keys}); a .json file is read as Label Studio tasks: write articles as JSON lines of {{&quot;text&quot;: …}} (.jsonl)</source>
        <translation>{where}: 不是 Label Studio 任务（没有“data”对象；其键：{keys}）；.json 文件按 Label Studio 任务读取：请把文章写成 {{&quot;text&quot;: …}} 的 JSON 行（.jsonl）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="855"/>
        <source>{where}: no &quot;data&quot; object with the text</source>
        <translation>{where}: 没有含文本的“data”对象</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="860"/>
        <source>{where}: the task has no text</source>
        <translation>{where}: 任务没有文本</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="865"/>
        <source>{where}: &quot;annotations&quot; must be a list</source>
        <translation>{where}: “annotations”必须是列表</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="870"/>
        <source>{where}: an annotation&apos;s &quot;result&quot; must be a list</source>
        <translation>{where}: 标注的“result”必须是列表</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="875"/>
        <source>{where}: a region&apos;s meta.text</source>
        <translation>{where}: 某个区域的 meta.text</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="880"/>
        <source>{where}: a result region must be an object</source>
        <translation>{where}: 结果区域必须是对象</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="885"/>
        <source>{where}: a region without a &quot;value&quot;</source>
        <translation>{where}: 区域没有“value”</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="890"/>
        <source>{path}: not a readable .docx file ({first_line})</source>
        <translation>{path}: 不是可读的 .docx 文件（{first_line}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="895"/>
        <source>its parts cannot be read: damaged or cut short?</source>
        <translation>其内部结构无法读取：文件损坏或不完整？</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="900"/>
        <source>{path}: the document has no text</source>
        <translation>{path}: 文档没有文本</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="915"/>
        <source>{path}: over {document_chars:,} characters of text by page {n_pages} (limit {document_chars:,} for one document): split it into articles</source>
        <translation>{path}: 到第 {n_pages} 页已超过 {document_chars:,} 个字符（单篇文档上限 {document_chars:,}）：请拆分成单篇文章</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="920"/>
        <source>{path}: the PDF has no text layer (a scan?); run OCR first</source>
        <translation>{path}: 该 PDF 没有文本层（是扫描件吗？）；请先做 OCR</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="925"/>
        <source>{path}: not a PDF but a web page (HTML): a download that failed or asked for a login? Download the PDF again</source>
        <translation>{path}: 不是 PDF，而是网页（HTML）：下载失败或需要登录？请重新下载 PDF</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="930"/>
        <source>{path}: the PDF is locked with a password: open it in a PDF reader, save or print it as a PDF without one, and import that</source>
        <translation>{path}: 该 PDF 有密码保护：请在 PDF 阅读器中打开，另存或打印为无密码的 PDF，再导入</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="935"/>
        <source>{path}: not a readable PDF ({first_line})</source>
        <translation>{path}: 不是可读的 PDF（{first_line}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="940"/>
        <source>its structure cannot be read: damaged or cut short?</source>
        <translation>其结构无法读取：文件损坏或不完整？</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="945"/>
        <source>{path}: the file is empty (only white space or invisible characters)</source>
        <translation>{path}: 文件是空的（只有空白或不可见字符）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="950"/>
        <source>{path}: not a readable CSV ({exc})</source>
        <translation>{path}: 不是可读的 CSV（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="955"/>
        <source>{path}: no &apos;text&apos; column {columns_hint}</source>
        <translation>{path}: 没有 &apos;text&apos; 列 {columns_hint}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="960"/>
        <source>{path}:{row_number}: the header line again (files joined together?); remove it, or import the files one by one</source>
        <translation>{path}:{row_number}: 又是一行表头（几个文件被拼接在一起？）；请删去这一行，或逐个导入这些文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="965"/>
        <source>{path}:{row_number}: empty &apos;text&apos; (only white space or invisible characters)</source>
        <translation>{path}:{row_number}: &apos;text&apos; 为空（只有空白或不可见字符）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="970"/>
        <source>(columns: {names})</source>
        <translation>（现有列：{names}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="975"/>
        <source>(columns: {names}): rename {longest}, whose cells are the longest, to text if it holds the articles</source>
        <translation>（现有列：{names}）：{longest} 列的内容最长，如果它存放的是文章，请把它改名为 text</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="980"/>
        <source>line {line} has {saw} fields where the header has {expected}</source>
        <translation>第 {line} 行有 {saw} 个字段，表头只有 {expected} 个</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="985"/>
        <source>a quote opened on line {line} is never closed</source>
        <translation>第 {line} 行开始的引号没有闭合</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="990"/>
        <source>no columns in it</source>
        <translation>其中没有任何列</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="995"/>
        <source>the CSV reader cannot parse it</source>
        <translation>CSV 读取器无法解析它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1000"/>
        <source>{path}:{rows_line_num}: {n_row:,} columns (limit {max_csv_columns:,})</source>
        <translation>{path}:{rows_line_num}: 有 {n_row:,} 列（上限 {max_csv_columns:,}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1005"/>
        <source>{path}:{rows_line_num}: not a readable CSV ({exc})</source>
        <translation>{path}:{rows_line_num}: 不是可读的 CSV（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1010"/>
        <source>{path}:{rows_line_num}: a field of over {max_csv_field_chars:,} characters (limit {max_csv_field_chars:,}): split it into articles</source>
        <translation>{path}:{rows_line_num}: 有字段超过 {max_csv_field_chars:,} 个字符（上限 {max_csv_field_chars:,}）：请拆分成单篇文章</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1015"/>
        <source>{where} span {i}: a span must be an object</source>
        <translation>{where} 片段 {i}：片段必须是对象</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1020"/>
        <source>{where} span {i}: attrs must be an object</source>
        <translation>{where} 片段 {i}：attrs 必须是对象</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1025"/>
        <source>{where}: token_start/token_end do not name tokens of the task</source>
        <translation>{where}: token_start/token_end 指的不是该任务的词元</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1030"/>
        <source>this build of Biaozhu has no spaCy; export as hf or jsonl instead</source>
        <translation>此版本的 Biaozhu 不含 spaCy；请改为导出 hf 或 jsonl</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1035"/>
        <source>the spaCy format needs spaCy: pip install &apos;biaozhu[spacy]&apos; (or spacy&gt;=3.7)</source>
        <translation>spaCy 格式需要 spaCy：pip install &apos;biaozhu[spacy]&apos;（或 spacy&gt;=3.7）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1040"/>
        <source>{exc}: some {spacy_import_chars:,} characters of text as Biaozhu exports them (spaCy loads a file whole); export jsonl to bring a project this large back</source>
        <translation>{exc}: 按 Biaozhu 的导出方式约为 {spacy_import_chars:,} 个字符的文本（spaCy 会整体载入文件）；如此大的项目请导出 jsonl 再导入</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1045"/>
        <source>{path}: not a spaCy DocBin ({exc})</source>
        <translation>{path}: 不是 spaCy DocBin（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1050"/>
        <source>spaCy cannot load it</source>
        <translation>spaCy 无法加载它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1055"/>
        <source>{path}: doc {doc}</source>
        <translation>{path}: 第 {doc} 篇文档</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1060"/>
        <source>{where}: empty text</source>
        <translation>{where}: 文本为空</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1065"/>
        <source>unknown --unit {unit!r}; use {units}</source>
        <translation>未知的 --unit {unit!r}；可用：{units}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1105"/>
        <source>the files&apos; label {label} ({n} {n:span|spans}) was taken as {target}: labels that differ only in case are one label (--label-map decides otherwise)</source>
        <translation>文件中的标签 {label}（{n} 个片段）按 {target} 导入：只有大小写不同的标签视为同一个标签（--label-map 可另行指定）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1075"/>
        <source>{n} {n:relation|relations} between spans not imported: Biaozhu keeps spans, not relations (the spans they join are imported)</source>
        <translation>片段之间的 {n} 个关系未导入：Biaozhu 只保存片段，不保存关系（关系所连接的片段已导入）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="420"/>
        <source>the history does not prove what was exported: {problem}; it was written as the tables hold it (run `biaozhu verify`)</source>
        <translation>历史记录无法证明所导出的内容：{problem}；已按表中现有内容写出（请运行 `biaozhu verify`）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="470"/>
        <source>export stopped, nothing written: {problem} (run `biaozhu verify`)</source>
        <translation>导出已停止，未写入任何内容：{problem}（请运行 `biaozhu verify`）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="675"/>
        <source>{path}:{lineno}: document {document} has over {limit:,} tokens, more characters than a document may have (limit {limit:,}): split it into articles</source>
        <translation>{path}:{lineno}: 第 {document} 篇文档超过 {limit:,} 个词元，字数超过一篇文档的上限（{limit:,}）：请拆分为多篇文章</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="905"/>
        <source>{path}: the Word document is locked with a password: open it in Word or WPS, save it as .docx without one, and import that</source>
        <translation>{path}: 该 Word 文档设有密码：请在 Word 或 WPS 中打开，另存为不带密码的 .docx，再导入</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="910"/>
        <source>{path}: a Word 97–2003 document under a .docx name, which Biaozhu does not read: save it as .docx (Word or WPS: Save As → Word Document) and import that</source>
        <translation>{path}: 这是以 .docx 命名的 Word 97–2003 文档，Biaozhu 不读取：请另存为 .docx（Word 或 WPS：另存为 → Word 文档）再导入</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1070"/>
        <source>{n} text {n:column holds|columns hold} only digits ({columns}), which pandas&apos; read_csv reads as numbers (2024 as 2024.0): read the file with pd.read_csv(path, **manifest[&apos;table&apos;][&apos;read_csv&apos;]) for the manifest&apos;s types</source>
        <translation>{n} 个文本列只含数字（{columns}），pandas 的 read_csv 会把它们读成数字（2024 读成 2024.0）：请用 pd.read_csv(path, **manifest[&apos;table&apos;][&apos;read_csv&apos;]) 读取，各列即为清单所写的类型</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1080"/>
        <source>{n} {n:suggestion|suggestions} not imported as gold: the file is Biaozhu&apos;s export of pending suggestions (its manifest says so), so its documents came in to do (suggest --project suggests them again)</source>
        <translation>{n} 条建议未作为金标准导入：该文件是 Biaozhu 导出的待定建议（其清单如此说明），因此其文档以待标注状态导入（suggest --project 会重新给出建议）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1085"/>
        <source>{n} Label Studio {n:prediction region|prediction regions} not imported: predictions are machine output, not gold (suggest --project suggests the documents again)</source>
        <translation>{n} 个 Label Studio 预测区域未导入：预测是机器输出，不是金标准（suggest --project 会为这些文档重新给出建议）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1090"/>
        <source>{n} Label Studio {n:result|results} of other kinds (choices, text areas, ratings) not imported: Biaozhu keeps spans</source>
        <translation>{n} 个其他类型的 Label Studio 结果（选项、文本框、评分）未导入：Biaozhu 只保存片段</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1095"/>
        <source>{n} brat {n:event|events} (E lines) not imported: Biaozhu keeps spans, not events (their trigger spans are imported)</source>
        <translation>{n} 个 brat 事件（E 行）未导入：Biaozhu 只保存片段，不保存事件（事件的触发词片段已导入）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1100"/>
        <source>{n} brat {n:normalization|normalizations} (N lines) not imported: Biaozhu keeps no link from a span to an outside resource</source>
        <translation>{n} 个 brat 规范化（N 行）未导入：Biaozhu 不保存片段到外部资源的链接</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1110"/>
        <source>{n} discontinuous brat {n:span|spans} (fragments with text between them) came in as {m} {m:span|spans}, one per fragment, each with the label: Biaozhu has no discontinuous spans</source>
        <translation>{n} 个 brat 不连续片段（各段之间隔有文字）按段导入为 {m} 个片段，每段一个，各带原标签：Biaozhu 没有不连续片段</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1115"/>
        <source>{n} {n:span|spans} not imported, of {k:a type|types} --label-map does not name ({types}): TYPE=LABEL in --label-map brings one in</source>
        <translation>{n} 个片段未导入：其 {k} 种类型不在 --label-map 中（{types}）；在 --label-map 中写上 类型=标签 即可导入该类型</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1120"/>
        <source>an export&apos;s manifest (it lists the files exported beside it), not documents: import those files</source>
        <translation>导出的清单（列出与其一同导出的文件），不是文档：请导入那些文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1125"/>
        <source>a project&apos;s backups folder</source>
        <translation>项目的备份文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1130"/>
        <source>unknown status {options_status!r}</source>
        <translation>未知状态 {options_status!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1135"/>
        <source>--label-map: no file holds the type {source!r} (they hold {held})</source>
        <translation>--label-map: 没有文件含有类型 {source!r}（文件中有：{held}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1140"/>
        <source>{line}; did you mean {meant}?</source>
        <translation>{line}；您是指 {meant} 吗？</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1145"/>
        <source>--label-map: no file holds the type {source!r}: the files hold no spans</source>
        <translation>--label-map: 没有文件含有类型 {source!r}：这些文件没有片段</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1150"/>
        <source>{line}; {n} {n:file|files} could not be read ({path}: {reason})</source>
        <translation>{line}；{n} 个文件无法读取（{path}: {reason}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1155"/>
        <source>{line}; nothing was imported</source>
        <translation>{line}；未导入任何内容</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1160"/>
        <source>--label-map: {target!r} is not a label of this project ({labels}); did you mean {meant}?</source>
        <translation>--label-map: {target!r} 不是本项目的标签（{labels}）；您是指 {meant} 吗？</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1165"/>
        <source>{path}: no documents in the file</source>
        <translation>{path}: 文件中没有文档</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1170"/>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1175"/>
        <source>{path}:{doc_line}: {exc}</source>
        <translation>{path}:{doc_line}: {exc}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1180"/>
        <source>line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1185"/>
        <source>{where}span {span_text!q} ({span_start}..{span_end}): {exc}</source>
        <oldsource>{where}span {span_text!r} ({span_start}..{span_end}): {exc}</oldsource>
        <translation>{where}片段{span_text!q}（{span_start}..{span_end}）：{exc}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1190"/>
        <source>{who} has {spans} {spans:span|spans} there already</source>
        <translation>{who} 在其中已有 {spans} 个片段</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1195"/>
        <source>{who} has begun it already ({status})</source>
        <translation>{who} 已经开始标注它（{status}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1200"/>
        <source>; a truncated line?</source>
        <translation>；该行是否被截断？</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1205"/>
        <source>; the line begins with a byte-order mark, which only a file&apos;s first line may have (files joined together?)</source>
        <translation>；这一行以字节顺序标记（BOM）开头，只有文件的第一行才可以有（几个文件被拼接在一起？）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1210"/>
        <source>{where}: expected a JSON object, got {name}</source>
        <translation>{where}: 应为 JSON 对象，实际为 {name}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1215"/>
        <source>{name}: line {utf8_line} is UTF-8 but line {other_line} is not: a file must be in one encoding (convert it, or split it by encoding)</source>
        <translation>{name}: 第 {utf8_line} 行是 UTF-8，第 {other_line} 行却不是：一个文件只能用一种编码（请转换，或按编码拆分）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1220"/>
        <source>it stops before the JSON ends</source>
        <translation>JSON 还没结束就断了</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1225"/>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1230"/>
        <source>something follows the JSON value</source>
        <translation>JSON 值之后还有别的内容</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1235"/>
        <source>a comma before a closing bracket</source>
        <translation>右括号前多了逗号</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1240"/>
        <source>a key not in double quotes</source>
        <translation>键名没有用双引号括起</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1245"/>
        <source>a colon missing after a key</source>
        <translation>键名后缺少冒号</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1250"/>
        <source>a comma or closing bracket missing</source>
        <translation>缺少逗号或右括号</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1255"/>
        <source>a backslash escape that JSON does not have</source>
        <translation>有 JSON 不允许的反斜杠转义</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1260"/>
        <source>a control character inside a string</source>
        <translation>字符串中有控制字符</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1265"/>
        <source>a number written in a way JSON does not allow</source>
        <translation>数字的写法 JSON 不允许</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1270"/>
        <source>a misspelled true, false or null</source>
        <translation>JSON 关键字（true、false、null）拼写有误</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1275"/>
        <source>a character JSON does not allow</source>
        <translation>出现了 JSON 不允许的字符</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1280"/>
        <source>the parser stops</source>
        <translation>解析在此中断</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1285"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1290"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1295"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1300"/>
        <source>true or false</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1305"/>
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1310"/>
        <source>{what}, line {line}, column {column}</source>
        <translation>{what}，在第 {line} 行第 {column} 列</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1315"/>
        <source>{what}, column {column}</source>
        <translation>{what}，在第 {column} 列</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1320"/>
        <source>{where}: not UTF-8</source>
        <translation>{where}: 不是 UTF-8</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1325"/>
        <source>{where}: not valid JSON ({exc_msg}){hint}</source>
        <translation>{where}: 不是有效的 JSON（{exc_msg}）{hint}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1330"/>
        <source>{where}: {size_mb} of JSON, too large to read in the memory this process has: split it into smaller records</source>
        <translation>{where}: {size_mb} 的 JSON，太大，本进程的内存无法读入：请拆分为较小的记录</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1335"/>
        <source>{where}: JSON nested more than {max_json_depth} levels deep (limit {max_json_depth})</source>
        <translation>{where}: JSON 嵌套超过 {max_json_depth} 层（上限 {max_json_depth}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1340"/>
        <source>{where}a document id must be a string or a number, not {name}</source>
        <translation>{where}文档 id 必须是字符串或数字，不能是 {name}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1345"/>
        <source>{where} span {i}</source>
        <translation>{where} 第 {i} 号片段</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1350"/>
        <source>{where}: span offsets must be integers</source>
        <translation>{where}: 片段偏移必须是整数</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1355"/>
        <source>{where}: a span needs a non-empty label, got {label!r}</source>
        <translation>{where}: 片段需要非空标签，实际为 {label!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1360"/>
        <source>{where}: {label} {exc}</source>
        <translation>{where}: {label} {exc}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1365"/>
        <source>{fmt_name} is an export format; it cannot be imported</source>
        <translation>{fmt_name} 是导出格式，不能导入</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1370"/>
        <source>{exc} (--label-map renames it)</source>
        <translation>{exc}（--label-map 可改名）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1375"/>
        <source>document {doc_id}: nothing left after --clean</source>
        <translation>文档 {doc_id}：清理版式之后什么也不剩</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1380"/>
        <source>span {span_text!q} ({span_start}..{span_end}) is only white space after --clean</source>
        <oldsource>span {span_text!r} ({span_start}..{span_end}) is only white space after --clean</oldsource>
        <translation>片段{span_text!q}（{span_start}..{span_end}）在清理版式之后只剩空白</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1385"/>
        <source>save it as .docx (Word or WPS: Save As → Word Document) and import that</source>
        <translation>请另存为 .docx（Word 或 WPS：另存为 → Word 文档）后导入</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1390"/>
        <source>a spreadsheet, which Biaozhu does not read: save the sheet as CSV UTF-8, one article a row in a column named text, and import that</source>
        <translation>电子表格，Biaozhu 不读取：请把工作表另存为 CSV UTF-8（每行一篇文章，放在名为 text 的列中）后导入</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1395"/>
        <source>a web page, which Biaozhu does not read (its markup would become the article): save the article&apos;s text as .txt (a browser&apos;s Save As → Text) and import that</source>
        <translation>网页，Biaozhu 不读取（其标记会混入文章）：请把文章正文另存为 .txt（浏览器的另存为 → 文本）后导入</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1400"/>
        <source>a Word 97–2003 document, which Biaozhu does not read: {save_as}</source>
        <translation>Word 97–2003 文档，Biaozhu 不读取：{save_as}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1405"/>
        <source>a WPS document, which Biaozhu does not read: {save_as}</source>
        <translation>WPS 文档，Biaozhu 不读取：{save_as}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1410"/>
        <source>an OpenDocument text, which Biaozhu does not read: {save_as}</source>
        <translation>OpenDocument 文本，Biaozhu 不读取：{save_as}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1415"/>
        <source>rich text (RTF), which Biaozhu does not read: {save_as}</source>
        <translation>RTF 富文本，Biaozhu 不读取：{save_as}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1420"/>
        <source>a {suffix} file, which --format txt would take as one article, markup and all: import it without --format (it is read as {reader})</source>
        <translation>这是 {suffix} 文件，按纯文本格式读取会把它连同标记整个当作一篇文章：请把导入选项的“格式”设为根据文件识别后再导入（它会按 {reader} 读取）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1425"/>
        <source>the lock file Word, WPS or Excel keeps beside a document while it is open, not a document: import the document itself</source>
        <translation>Word、WPS 或 Excel 在文档打开期间放在其旁边的锁文件，不是文档：请导入文档本身</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1430"/>
        <source>the resource fork a Mac writes beside {name}, not a document</source>
        <translation>Mac 在 {name} 旁边写入的资源分支文件，不是文档</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1435"/>
        <source>{path}: {side_file}</source>
        <translation>{path}: {side_file}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1440"/>
        <source>unknown import format {name!r}; known: {known}</source>
        <translation>未知的导入格式 {name!r}；已知：{known}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1445"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1455"/>
        <source>{path}: no such file or folder</source>
        <translation>{path}: 没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1480"/>
        <source>the stored adapter is incomplete ({exc})</source>
        <translation>已存的适配器不完整（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1675"/>
        <source>the history does not prove the gold trained on: {problem}; the model learns the tables as they hold it (run `biaozhu verify`)</source>
        <translation>历史记录无法证明训练所用的金标准：{problem}；模型按表中现有内容学习（请运行 `biaozhu verify`）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1715"/>
        <source>agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1720"/>
        <source>document {doc}: a span of {annotator} at {start}-{end} lies outside its text of {length} characters (biaozhu verify checks the whole project)</source>
        <translation>文档 {doc}：{annotator} 位于 {start}-{end} 的片段超出了其 {length} 个字符的文本（biaozhu verify 可检查整个项目）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1740"/>
        <source>merge conflict {cid} is damaged: its incoming spans are not the list of spans a merge stores (biaozhu verify checks the whole project)</source>
        <translation>合并冲突 {cid} 已损坏：其传入的片段不是合并所存的片段列表（biaozhu verify 会检查整个项目）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1745"/>
        <source>merge conflict {cid} is damaged: its incoming spans are {size:,} bytes, more than Biaozhu ever writes in one value (biaozhu verify checks the whole project)</source>
        <translation>合并冲突 {cid} 已损坏：其传入的片段有 {size:,} 字节，超过 Biaozhu 在一个值中写入的上限（biaozhu verify 会检查整个项目）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1760"/>
        <source>merge conflict {conflict_id} is no longer the one shown: another window restored a backup and merged since; open the conflicts again</source>
        <translation>合并冲突 {conflict_id} 已不是所显示的那一个：另一个窗口此后恢复了备份并再次合并；请重新打开冲突</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1765"/>
        <source>merge conflict {conflict_id} is no longer the one listed as {conflict_id}:{check}: a restored backup and a merge gave its number to another, {annotator}&apos;s layer of {doc_id} ({n} incoming {n:span|spans} from {file}); list the conflicts again</source>
        <translation>合并冲突 {conflict_id} 已不是列出时的 {conflict_id}:{check}：恢复的备份与随后的合并把这个编号给了另一个冲突，即 {annotator} 在 {doc_id} 中的标注（{n} 个传入片段，来自 {file}）；请重新列出冲突</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1775"/>
        <source>merge conflict {conflict_id}: {annotator} changed {text!q} [{start}:{end}] in {doc_id} since the conflict was raised, and taking the incoming spans would undo it; keep the current layer (--keep mine) or edit it by hand</source>
        <translation>合并冲突 {conflict_id}：冲突产生后 {annotator} 修改了 {doc_id} 中的{text!q} [{start}:{end}]，采用传入的片段会撤销这一修改；请保留当前标注（--keep mine）或手动编辑</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1780"/>
        <source>merge conflict {conflict_id}: keeping theirs would make {annotator}&apos;s spans overlap in {doc_id} ({text!q} [{start}:{end}] overlaps {other!q} [{o_start}:{o_end}]), and this project does not allow overlapping spans (Annotate → Allow overlapping spans in this project, or biaozhu settings --allow-overlap on)</source>
        <translation>合并冲突 {conflict_id}：保留对方的片段会使 {annotator} 在 {doc_id} 中的片段重叠（{text!q} [{start}:{end}] 与{other!q} [{o_start}:{o_end}] 重叠），而本项目不允许片段重叠（标注 → 本项目允许片段重叠，或 biaozhu settings --allow-overlap on）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1805"/>
        <source>check {name}</source>
        <translation>校验 {name}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1810"/>
        <source>nothing was merged: the result would not verify: {problem}</source>
        <translation>未合并任何内容：合并结果无法通过校验：{problem}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1815"/>
        <source>{other} is the same file as {first}, named twice; name it once</source>
        <translation>{other} 与 {first} 是同一个文件，被指定了两次；请只指定一次</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1830"/>
        <source>{name} cannot prove {gap}</source>
        <translation>{name} 无法证明{gap}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1855"/>
        <source>{there}: merge refused, nothing was merged: its annotator {name!r} is the same name as {names} here, in other forms: whose work it is cannot be told</source>
        <translation>{there}: 拒绝合并，未合并任何内容：其中的标注者 {name!r} 与这里的 {names} 是同一名字的不同写法：无法判断其工作属于谁</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1860"/>
        <source>{there}: merge refused, nothing was merged: it stores the annotators {names}, which would be one here ({here!r}): their work cannot be told apart in one layer</source>
        <translation>{there}: 拒绝合并，未合并任何内容：其中存有标注者 {names}，在这里会成为同一人（{here!r}）：放在同一层里就分不清各自的工作</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1865"/>
        <source>annotator {theirs!r} of {there} is {here!r} here (the same name in another form)</source>
        <translation>{there} 中的标注者 {theirs!r} 在这里是 {here!r}（同一名字的另一种写法）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1875"/>
        <source>merge {name}</source>
        <translation>合并 {name}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1880"/>
        <source>document {doc} of {there} is {here} here: that id names another article in this project</source>
        <translation>{there} 的文档 {doc} 在此为 {here}：该编号在本项目中已属于另一篇文章</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1890"/>
        <source>{name}: merge refused, nothing was merged: {annotator}&apos;s span {text!q} [{start}:{end}] in {doc_id}: {reason}</source>
        <translation>{name}: 拒绝合并，未合并任何内容：{annotator} 在 {doc_id} 中的片段{text!q} [{start}:{end}]：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1895"/>
        <source>merge conflict {cid} ({annotator}&apos;s layer of {doc_id}) closed: {there} settled it as its conflict {mid}, and the layer is now the same in both files</source>
        <translation>合并冲突 {cid}（{annotator} 在 {doc_id} 中的标注）已关闭：{there} 已将其作为它的冲突 {mid} 解决，现在两个文件中的该标注相同</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1930"/>
        <source>the path of its backups would be too long for SQLite (the project&apos;s is {whole} bytes with its folders; at most {most}): move the project to a folder with a shorter path</source>
        <translation>它的备份路径对 SQLite 来说会太长（项目路径连同文件夹共 {whole} 字节；最多 {most}）：请把项目移到路径更短的文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1935"/>
        <source>{path}: no backup was made: {reason}</source>
        <translation>{path}: 没有制作备份：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1955"/>
        <source>{backup_name} was not restored: {reason}</source>
        <translation>{backup_name} 未恢复：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1970"/>
        <source>{backup_name} was not restored: {reason}; the project is as it was</source>
        <translation>{backup_name} 未恢复：{reason}；项目保持原样</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1990"/>
        <source>{dest}: the copy was not made ({reason}); the project is as it was</source>
        <translation>{dest}: 副本未制作（{reason}）；项目保持原样</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1995"/>
        <source>the document was not marked done: {count} pending {count:suggestion was|suggestions were} not asked about (an accept of them cancelled, or suggestions changed meanwhile)</source>
        <translation>文档未标记完成：有 {count} 条待定建议未经询问（全部接受被取消，或建议在此期间有变动）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2000"/>
        <source>{offer_text!q} does not occur at {start} in {doc_id}</source>
        <translation>{offer_text!q}不在 {doc_id} 的位置 {start}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2020"/>
        <source>{path}: the path is a loop of symbolic links (a link that leads back to itself, at once or through others), so it names no file: remove the link or point it at a project</source>
        <translation>{path}: 该路径是一个符号链接的循环（某个链接直接或经由其他链接指回自身），因此它不指向任何文件：请删除该链接，或让它指向一个项目</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2025"/>
        <source>{path} is a link to {target}, which cannot be made: no such folder {folder}</source>
        <translation>{path} 是指向 {target} 的链接，而它无法创建：没有文件夹 {folder}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2030"/>
        <source>{path}: the path is too long for SQLite and the backups kept beside the project ({whole} bytes with its folders; at most {most}): make it in a folder with a shorter path</source>
        <translation>{path}: 路径对 SQLite 和项目旁边保存的备份来说太长（连同文件夹共 {whole} 字节；最多 {most}）：请在路径更短的文件夹中新建</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2035"/>
        <source>{path}: the path is too long for SQLite ({whole} bytes with its folders; at most {most}): move the project to a folder with a shorter path, or make it there</source>
        <translation>{path}: 路径对 SQLite 来说太长（连同文件夹共 {whole} 字节；最多 {most}）：请把项目移到路径更短的文件夹，或在那里新建</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2040"/>
        <source>{path}: the file name is too long ({size} bytes; at most {most} here, to leave room for the files SQLite keeps beside it and the backups folder): rename it shorter</source>
        <translation>{path}: 文件名太长（{size} 字节；此处最多 {most} 字节，以便在旁边留出 SQLite 的文件和备份文件夹）：请改用更短的名称</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2055"/>
        <source>{path} is {kind}, not a regular file: a project is a .biaozhu file</source>
        <translation>{path} 是{kind}，不是普通文件：项目是一个 .biaozhu 文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2075"/>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2080"/>
        <source>a named pipe (FIFO)</source>
        <translation>一个命名管道（FIFO）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2085"/>
        <source>a special file</source>
        <translation>一个特殊文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2090"/>
        <source>a link to nowhere</source>
        <translation>一个指向不存在之处的链接</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2095"/>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2100"/>
        <source>{path}: {name} beside it is {what}, where SQLite keeps the project&apos;s recent changes: the project cannot be opened until it is moved away</source>
        <translation>{path}: 旁边的 {name} 是{what}，而 SQLite 要在那里存放项目最近的改动：把它移走之前无法打开该项目</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2105"/>
        <source>{path}: {name} beside it is the -wal of {owner}, not of this project; opening it would overwrite the project with it, so nothing was opened: move {name} away and try again</source>
        <translation>{path}: 旁边的 {name} 是{owner}的 -wal，不是这个项目的；打开会用它覆盖项目，所以什么都没有打开：请把 {name} 移走后重试</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2110"/>
        <source>a database whose pages do not fit this file</source>
        <translation>一个页面与本文件对不上的数据库</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2115"/>
        <source>another database</source>
        <translation>另一个数据库</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2120"/>
        <source>another project</source>
        <translation>另一个项目</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2125"/>
        <source>another copy of this project (its history differs from the file&apos;s)</source>
        <translation>本项目的另一个副本（其历史与文件中的不同）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2140"/>
        <source>{path}: the folder {folder} cannot be written (read-only, or no permission to write there), so no project can be made in it: choose a folder you may write</source>
        <translation>{path}: 文件夹 {folder} 无法写入（只读，或没有写入权限），不能在其中新建项目：请选择一个可以写入的文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2180"/>
        <source>{path}: the disk is full: SQLite needs a little room beside the project (its -shm file) even to read it; nothing was changed (make room on the disk, then try again)</source>
        <translation>{path}: 磁盘已满：SQLite 即使只是读取项目，也需要在它旁边留出一点空间（它的 -shm 文件）；什么都没有改动（请在磁盘上腾出空间，然后重试）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2200"/>
        <source>{path}: {name} is a view, which Biaozhu never makes: the file was edited by hand and is not opened (reading the view would run its query); restore a backup</source>
        <translation>{path}: {name} 是视图，Biaozhu 从不创建视图：该文件被手工改过，不予打开（读取视图会运行其中的查询）；请恢复备份</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2205"/>
        <source>{path}: {problem}: the file was edited by hand or damaged and is not opened (Biaozhu reads and writes every table it makes); restore a backup</source>
        <translation>{path}: {problem}：该文件被手工改过或已损坏，不予打开（Biaozhu 会读写它建立的每一张表）；请恢复备份</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2210"/>
        <source>its {table} table is missing</source>
        <translation>缺少 {table} 表</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2215"/>
        <source>its record of schema steps lacks {step}, though the {table} table that step makes is there</source>
        <translation>其结构步骤记录中缺少 {step}，但该步骤建立的 {table} 表却在</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2220"/>
        <source>its record of schema steps lacks {step}, though the spans&apos; table that step rebuilds keeps its ids (AUTOINCREMENT) and {n} {n:event was|events were} written since it ran</source>
        <translation>其结构步骤记录中缺少 {step}，但该步骤重建的标注表已保留其编号（AUTOINCREMENT），且此后已写入 {n} 个事件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2225"/>
        <source>{path} was replaced, deleted or moved while open here; nothing more is written to it, and what was saved here could not be copied beside it ({exc})</source>
        <translation>{path} 在此打开期间被替换、删除或移走；此后不再向它写入，而此处已保存的内容未能复制到它旁边（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2230"/>
        <source>{path} was deleted or moved while open here; nothing more is written to it. Everything saved here is kept in {kept}: open that file (or the moved one) to go on</source>
        <translation>{path} 在此打开期间被删除或移走；此后不再向它写入。此处已保存的全部内容保留在 {kept}：打开该文件（或移走后的文件）继续工作</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2235"/>
        <source>{path} was replaced by another file while open here; nothing more is written to it. Everything saved here is kept in {kept}: go on with that file; to bring in the work of the file now at {path}, merge a copy of it under another name into {kept} (biaozhu merge)</source>
        <translation>{path} 在此打开期间被另一个文件替换；此后不再向它写入。此处已保存的全部内容保留在 {kept}：请继续使用该文件；若要带入现在位于 {path} 的文件中的工作，请把它以另一个名字复制一份，再合并进 {kept}（biaozhu merge）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2240"/>
        <source>{path}: this program&apos;s own work ({holder}) kept it locked for writing for {waited:.0f} s; nothing was written (try again when it is done)</source>
        <translation>{path}: 本程序自己的任务（{holder}）锁定写入已达 {waited:.0f} 秒；未写入任何内容（等它结束后再试）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2245"/>
        <source>{path}: another window of this program kept it locked for writing for {waited:.0f} s; nothing was written (try again when it is done)</source>
        <translation>{path}: 本程序的另一个窗口锁定写入已达 {waited:.0f} 秒；未写入任何内容（等它结束后再试）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2255"/>
        <source>{path}: the disk refused to write, and SQLite took back the whole transaction: nothing of it was written, and the file holds every change before it (is the disk full or failing, or is a file size limit set?)</source>
        <translation>{path}: 磁盘拒绝写入，SQLite 撤回了整个事务：其中什么都没有写入，文件保留了此前的每一处改动（磁盘是否已满或出了故障，或者设置了文件大小限制？）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2260"/>
        <source>{path}: the disk is full; this change was not written, and the file holds every change before it (make room on the disk, then try again)</source>
        <translation>{path}: 磁盘已满；这项修改没有写入，文件保存着此前的每一项修改（请腾出磁盘空间后再试）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2265"/>
        <source>{path}: the disk or the file became read-only; this change was not written, and the file holds every change before it</source>
        <translation>{path}: 磁盘或文件变成了只读；这项修改没有写入，文件保存着此前的每一项修改</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2270"/>
        <source>{path}: the disk refused to write; this change was not written, and the file holds every change before it (is the disk full or failing?)</source>
        <translation>{path}: 磁盘拒绝写入；这项修改没有写入，文件保存着此前的每一项修改（磁盘是否已满或出了故障？）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2280"/>
        <source>{path}: the counter of span ids (sqlite_sequence) is {counter}, below span {last} the history gave: the file was edited by hand and is not opened to write (the next span would take the id of one removed); biaozhu verify names what differs; restore a backup</source>
        <translation>{path}: 标注编号计数器（sqlite_sequence）为 {counter}，低于历史记录已分配的标注 {last}：该文件被手工改过，不予以写入方式打开（下一个标注会占用已删除标注的编号）；biaozhu verify 会指出不符之处；请恢复备份</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2305"/>
        <source>document {doc}: its {what} is {size:,} bytes, more than the store takes in one value ({most:,}); nothing was stored</source>
        <translation>文档 {doc}：其 {what} 有 {size:,} 字节，超过存储在一个值中接受的上限（{most:,}）；什么都没有存入</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2320"/>
        <source>the project was restored from {backup}: the window shows it as it is now; what it held before is kept in {saved}</source>
        <translation>项目已从 {backup} 恢复：窗口显示的是它现在的样子；恢复前的内容保存在 {saved}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2325"/>
        <source>span ids are given one after another from 1, but the first span given is {span}, by event {event}: the events that gave the ids before it were taken out and the history renumbered (its chain recomputed)</source>
        <translation>标注编号从 1 起逐个连续分配，但分配的第一个标注是 {span}（事件 {event}）：分配其前编号的事件被删除，且历史被重新编号（其哈希链被重新计算）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2330"/>
        <source>span ids are given in increasing order, but event {event} gives span {span} after event {earlier} gave span {top}: the history&apos;s events were reordered or renumbered (its chain recomputed)</source>
        <translation>标注编号按递增顺序分配，但事件 {event} 在事件 {earlier} 分配标注 {top} 之后分配了标注 {span}：历史中的事件被调换了顺序或重新编号（其哈希链被重新计算）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2335"/>
        <source>span ids are given one after another, but event {event} gives span {span} next after event {earlier} gave span {top}: the events that gave the ids between were taken out and the history renumbered (its chain recomputed)</source>
        <translation>标注编号逐个连续分配，但事件 {event} 紧接在事件 {earlier} 分配标注 {top} 之后分配了标注 {span}：分配其间编号的事件被删除，且历史被重新编号（其哈希链被重新计算）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2340"/>
        <source>event {event} (merge.completed) lacks its map of documents, its count of events or the project merged from: the merge&apos;s record was rewritten</source>
        <translation>事件 {event}（merge.completed）缺少其文档对照表、事件计数或来源项目：该合并记录被改写过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2345"/>
        <source>event {event} (merge.completed) counts {counted} {counted:event|events} copied, but {copied} copied {copied:event stands|events stand} between it and the merge before: events were taken out, added or moved, and the history renumbered</source>
        <translation>事件 {event}（merge.completed）记录复制了 {counted} 个事件，但它与上一次合并之间有 {copied} 个复制来的事件：有事件被删除、添加或移动，且历史被重新编号</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2350"/>
        <source>event {event} (merge.completed) maps document {theirs} to {ours}, which this project does not hold: the merge&apos;s record was rewritten</source>
        <translation>事件 {event}（merge.completed）将文档 {theirs} 对应到 {ours}，但本项目没有该文档：该合并记录被改写过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2355"/>
        <source>event {event} (merge.completed) maps both {first} and {theirs} to document {ours}: a merge matches each document of a file to another one here (by its text); the merge&apos;s record was rewritten</source>
        <translation>事件 {event}（merge.completed）将 {first} 和 {theirs} 都对应到文档 {ours}：合并会把来源文件的每篇文档（按其文本）对应到本项目中不同的文档；该合并记录被改写过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2360"/>
        <source>event {event} (merge.completed) maps document {doc} to {ours}, whose text is not the one event {named} imported there: the merge&apos;s record was rewritten</source>
        <translation>事件 {event}（merge.completed）将文档 {doc} 对应到 {ours}，但后者的文本并非事件 {named} 在那里导入的文本：该合并记录被改写过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2365"/>
        <source>event {event} (merge.completed) does not map document {doc}, which event {named} it copied from that file names: the merge&apos;s record was rewritten (a document&apos;s history would leave out its events there)</source>
        <translation>事件 {event}（merge.completed）的对照表中没有文档 {doc}，而它从该文件复制的事件 {named} 指向此文档：该合并记录被改写过（文档的历史会漏掉它在那里的事件）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2390"/>
        <source>event {event} of the history is damaged: its {field} is not JSON (biaozhu verify checks the whole project)</source>
        <translation>历史中的事件 {event} 已损坏：其 {field} 不是 JSON（biaozhu verify 可检查整个项目）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2395"/>
        <source>event {event} of the history is damaged: its {field} is {size:,} bytes, more than Biaozhu ever writes in one value (biaozhu verify checks the whole project)</source>
        <translation>历史中的事件 {event} 已损坏：其 {field} 有 {size:,} 字节，超过 Biaozhu 在一个值中写入的上限（biaozhu verify 可检查整个项目）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2415"/>
        <source>{table} holds a row of {size:,} bytes, more than Biaozhu ever writes in one value ({most:,}): it was left unread, as the file was edited outside Biaozhu</source>
        <translation>{table} 表中有一行 {size:,} 字节，超过 Biaozhu 在一个值中写入的上限（{most:,}）：未读取它，因为文件在 Biaozhu 之外被改过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2420"/>
        <source>{table} row {row}: its {column} is {size:,} bytes, more than Biaozhu ever writes in one value ({most:,}): it was left unread, as the file was edited outside Biaozhu</source>
        <translation>{table} 表第 {row} 行：其 {column} 有 {size:,} 字节，超过 Biaozhu 在一个值中写入的上限（{most:,}）：未读取它，因为文件在 Biaozhu 之外被改过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2460"/>
        <source>label {name!r} looks like the label {other!r} (the same letters in another Unicode form or width): use {other!r}</source>
        <translation>标签 {name!r} 与标签 {other!r} 看起来相同（同样的字母，只是 Unicode 形式或全角半角不同）：请用 {other!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2495"/>
        <source>{path}: the project was not made ({reason}); nothing of it is left</source>
        <translation>{path}: 项目没有建成（{reason}）；没有留下任何部分</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2520"/>
        <source>{path}: the project could not be brought up to this version&apos;s format ({reason}); nothing was changed (make room on the disk, then try again)</source>
        <translation>{path}: 无法把项目升级到本版本的格式（{reason}）；什么都没有改动（请在磁盘上腾出空间，然后重试）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2525"/>
        <source>{path}: its making was interrupted before it was finished, and it holds nothing; make it again (biaozhu new {path} replaces it)</source>
        <translation>{path}: 它的创建在完成前被中断，里面什么也没有；请重新创建（biaozhu new {path} 会替换它）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2540"/>
        <source>label {name} is used by {held} incoming {held:span|spans} of open merge conflicts and cannot be removed until they are resolved</source>
        <translation>标签 {name} 被未解决的合并冲突中 {held} 个传入的片段使用，解决这些冲突之前不能删除</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2565"/>
        <source>another program or window changed what this undo takes back meanwhile</source>
        <translation>另一个程序或窗口在此期间修改了这次撤销要撤回的内容</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2585"/>
        <source>event {event} (span.added) takes a span of merge conflict {cid} into its layer, but no event resolves that conflict</source>
        <translation>事件 {event}（span.added）把合并冲突 {cid} 的一个片段放入其标注层，但没有事件解决该冲突</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2600"/>
        <source>its content is not what its action writes</source>
        <translation>其内容不是该操作所写的内容</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2610"/>
        <source>its {what} {value} is past SQLite&apos;s integers</source>
        <translation>其 {what} {value} 超出了 SQLite 整数的范围</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2615"/>
        <source>event {event} ({action}): its record of {what} before it is not what its action writes: {reason}</source>
        <translation>事件 {event}（{action}）：它对此前{what}的记录不是该操作所写的内容：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2620"/>
        <source>event {event} ({action}): its record of {what} before it differs from what it was while no event had changed it: {differences}</source>
        <translation>事件 {event}（{action}）：它对此前{what}的记录与尚无事件改动它时的值不符：{differences}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2625"/>
        <source>event {event} ({action}): its record of {what} before it differs from {by}, which last wrote it: {differences}</source>
        <translation>事件 {event}（{action}）：它对此前{what}的记录与最后写入它的{by}不符：{differences}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2630"/>
        <source>event {event} ({action}): its record of {what} before it names what no earlier event wrote</source>
        <translation>事件 {event}（{action}）：它对此前{what}的记录指向没有任何更早事件写入过的内容</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2635"/>
        <source>{field} {recorded} in the event, {history} in the history</source>
        <translation>{field} 项：事件中为 {recorded}，历史中为 {history}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2645"/>
        <source>span {span}</source>
        <translation>片段 {span}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2655"/>
        <source>event {event} ({action}) names {who} as who made it, but the span it adds is in {owner}&apos;s layer: Biaozhu writes the one name for both</source>
        <translation>事件 {event}（{action}）记载操作者为 {who}，但它添加的片段属于 {owner} 的标注层：Biaozhu 对两者写入的是同一个名字</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2660"/>
        <source>event {event} ({action}) takes a span of merge conflict {cid} into {owner}&apos;s layer, but no event recorded that conflict open there</source>
        <translation>事件 {event}（{action}）把合并冲突 {cid} 的一个片段放入 {owner} 的标注层，但没有事件记录该冲突在那里尚未解决</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2665"/>
        <source>event {event} ({action}) says it takes span {span} from {side}, a span no earlier event of this document wrote</source>
        <translation>事件 {event}（{action}）称它取自 {side} 的片段 {span}，但这篇文档没有更早的事件写入过该片段</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2670"/>
        <source>event {event} ({action}) says it takes span {span} from {side}, but that is not a span of {side}&apos;s layer (it is {owner}&apos;s)</source>
        <translation>事件 {event}（{action}）称它取自 {side} 的片段 {span}，但该片段不在 {side} 的标注层（它属于 {owner}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2675"/>
        <source>its record of the layers it settled is not what it writes</source>
        <translation>它对所裁决的两个标注层的记录不是该操作写入的形式</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2680"/>
        <source>event {event} ({action}) shows span {span} as {layer}&apos;s, but no earlier event of this document wrote it in that layer</source>
        <translation>事件 {event}（{action}）把片段 {span} 显示为 {layer} 的，但这篇文档没有更早的事件在该标注层写入过它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2685"/>
        <source>event {event} ({action}): its record of suggestion {sid} differs from {by}, which recorded it while a decision stands on it: {differences}</source>
        <translation>事件 {event}（{action}）：它对建议 {sid} 的记录与{by}不符，后者记录它时其上已有决定且至今有效：{differences}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2690"/>
        <source>event {event} ({action}) says it brings back span {span}, which no earlier event removed from this document</source>
        <translation>事件 {event}（{action}）称它恢复了片段 {span}，但没有更早的事件从这篇文档中删除过该片段</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2695"/>
        <source>event {event} ({action}): the span it brings back differs from span {span} as {by} removed it: {differences}</source>
        <translation>事件 {event}（{action}）：它恢复的片段与{by}删除时的片段 {span} 不符：{differences}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2700"/>
        <source>event {event} ({action}) says it came with {who} marking document {doc} done, but {who}&apos;s status there was then {status}</source>
        <translation>事件 {event}（{action}）称它随 {who} 将文档 {doc} 标为完成而来，但 {who} 当时在那里的状态是 {status}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2705"/>
        <source>the decision of {who} on suggestion {sid}</source>
        <translation>{who} 对建议 {sid} 的决定</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2710"/>
        <source>its target is not the span it names</source>
        <translation>它的目标不是它所指的片段</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2715"/>
        <source>the status of {doc} for {who}</source>
        <translation>{who} 在 {doc} 上的状态</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2720"/>
        <source>the role of {who}</source>
        <translation>{who} 的角色</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2725"/>
        <source>the setting {name}</source>
        <translation>设置 {name}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2735"/>
        <source>its labels are not label records</source>
        <translation>它的标签不是标签记录</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2740"/>
        <source>the labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2745"/>
        <source>labels (those the other lacks)</source>
        <translation>标签（对方所缺的那些）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2755"/>
        <source>event {span_event} (span.added) says {who} resolved merge conflict {cid}, but event {event} ({action}) resolved it as {resolver}</source>
        <translation>事件 {span_event}（span.added）称 {who} 解决了合并冲突 {cid}，但事件 {event}（{action}）记载解决者为 {resolver}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2760"/>
        <source>merge conflict {cid}</source>
        <translation>合并冲突 {cid}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2765"/>
        <source>the active models</source>
        <translation>当时启用的模型</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2770"/>
        <source>model {model}</source>
        <translation>模型 {model}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2790"/>
        <source>{text!q} ({label}) [{start}:{end}] is already gold</source>
        <translation>{text!q}（{label}）[{start}:{end}] 已是金标</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2795"/>
        <source>the span overlaps {text!q} ({label}), which is already gold</source>
        <translation>该片段与已是金标的{text!q}（{label}）重叠</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2810"/>
        <source>the span overlaps {text!q} ({label}) [{start}:{end}], which is already gold, and this project does not allow overlapping spans (Annotate → Allow overlapping spans in this project, or biaozhu settings --allow-overlap on)</source>
        <translation>该片段与已是金标的{text!q}（{label}）[{start}:{end}] 重叠，而本项目不允许片段重叠（标注 → 本项目允许片段重叠，或 biaozhu settings --allow-overlap on）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2815"/>
        <source>the span overlaps {text!q} ({label}) [{start}:{end}], another span coming in for this document, and this project does not allow overlapping spans (Annotate → Allow overlapping spans in this project, or biaozhu settings --allow-overlap on)</source>
        <translation>该片段与同一文档一并加入的另一片段{text!q}（{label}）[{start}:{end}] 重叠，而本项目不允许片段重叠（标注 → 本项目允许片段重叠，或 biaozhu settings --allow-overlap on）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2820"/>
        <source>{text!q} ({label}) [{start}:{end}] is already gold, or comes in twice</source>
        <translation>{text!q}（{label}）[{start}:{end}] 已是金标，或重复出现</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2835"/>
        <source>suggestion {sugg_text!q} was already {sugg_status}</source>
        <translation>建议{sugg_text!q}已经是 {sugg_status}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2865"/>
        <source>{path}: trigger {name} on {table} is not one Biaozhu makes: the file was edited by hand and is not opened to write (the trigger would run in every change); biaozhu verify names what differs; restore a backup</source>
        <translation>{path}: 表 {table} 上的触发器 {name} 不是 Biaozhu 创建的：该文件被手工改过，不予打开写入（该触发器会在每次更改中运行）；biaozhu verify 会列出不同之处；请恢复备份</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2870"/>
        <source>event {event} ({action}) says it takes back event {named}, which event {earlier} took back already</source>
        <translation>事件 {event}（{action}）称它撤回了事件 {named}，但事件 {earlier} 已撤回过该事件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2875"/>
        <source>event {event} ({action}): its {kind} is not a list of event numbers</source>
        <translation>事件 {event}（{action}）：它的 {kind} 不是事件编号的列表</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2880"/>
        <source>event {event} ({action}) says it undoes events, which no {action} does</source>
        <translation>事件 {event}（{action}）称它撤销了事件，但 {action} 从不撤销事件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2885"/>
        <source>event {event} ({action}) says it takes back event {named}, which is not an earlier event of {who} on the same span, suggestion or document status that it can take back</source>
        <translation>事件 {event}（{action}）称它撤回了事件 {named}，但那不是 {who} 更早对同一片段、建议或文档状态所做、可由它撤回的事件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2890"/>
        <source>event {event} ({action}) says it takes back event {named}, but does not give back what that event changed</source>
        <translation>事件 {event}（{action}）称它撤回了事件 {named}，但没有还原该事件所改的内容</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2895"/>
        <source>event {event} ({action}) undoes a decision {decision}, but the events it names are not that decision</source>
        <translation>事件 {event}（{action}）撤销了决定 {decision}，但它列出的事件不是该决定</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2900"/>
        <source>integrity, foreign keys, triggers, {events} chained {events:event|events} and the state replayed from them (spans, decisions and the suggestions decided on, statuses, labels, roles, texts, models)</source>
        <translation>完整性、外键、触发器、{events} 个链式事件，以及由它们重放出的状态（片段、决定及被决定的建议、状态、标签、角色、文本、模型）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2905"/>
        <source>{checked}; {merged} merged {merged:event matches its origin hash|events match their origin hashes}</source>
        <translation>{checked}；{merged} 个合并而来的事件与其来源哈希相符</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2910"/>
        <source>verified, except what older versions did not record: {checked}</source>
        <translation>已校验，但较早版本未记录的内容除外：{checked}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2915"/>
        <source>ok: {checked}</source>
        <translation>通过：{checked}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2935"/>
        <source>the history no longer holds the head {count}:{hash}… verified before: it was truncated or rewritten meanwhile</source>
        <translation>历史中已没有先前校验过的链头 {count}:{hash}…：其间它被截断或改写过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2940"/>
        <source>event {event}: its action {action!r} is not one Biaozhu writes ({n} {n:event|events}); the history was altered</source>
        <translation>事件 {event}：其动作 {action!r} 不是 Biaozhu 会写入的动作（{n} 个事件）；历史被改动过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2945"/>
        <source>event {event} names the annotator {name}, a name Biaozhu never takes (it holds U+{code:04X}: white space, a control or an invisible character): the event was written outside Biaozhu</source>
        <translation>事件 {event} 记名的标注者 {name} 是 Biaozhu 从不接受的名字（其中含有 U+{code:04X}：空白、控制字符或不可见字符）：该事件是在 Biaozhu 之外写入的</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2950"/>
        <source>the {table} table&apos;s ids are no longer AUTOINCREMENT (its definition was edited by hand): the id of a row removed would be given again</source>
        <translation>{table} 表的编号不再是 AUTOINCREMENT（其定义被手工改过）：删除的行的编号会再次分配给别的行</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2955"/>
        <source>meta&apos;s {key} ({cutoff}) places schema step 4 after the last event ({last}): it was edited by hand (ids given twice after the step would pass as from before it)</source>
        <translation>meta 中的 {key}（{cutoff}）把结构步骤 4 放在最后一个事件（{last}）之后：它被手工改过（步骤之后重复给出的编号会被当作步骤之前的而放过）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2960"/>
        <source>the counter of {table} ids (sqlite_sequence) is {counter}, but id {top} was given already: ids would be given again, to rows a window may take for the removed ones (the counter was edited by hand)</source>
        <translation>{table} 的编号计数器（sqlite_sequence）为 {counter}，但编号 {top} 已经分配过：编号会再次分配，窗口可能把新行当作已删除的行（计数器被手工改过）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2970"/>
        <source>span ids were given twice ({n}) before this project&apos;s ids were never given again (schema step 4): the history cannot tell those spans apart by id</source>
        <translation>在本项目的编号不再重复分配（结构步骤 4）之前，有 {n} 个标注编号被分配过两次：历史记录无法凭编号区分这些标注</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2975"/>
        <source>span id {span} was given twice, by event {first} and again by event {again}: the second span took the id of one removed (the counter of span ids was lowered by hand)</source>
        <translation>标注编号 {span} 被分配了两次：事件 {first} 一次，事件 {again} 又一次；后一个标注占用了一个已删除标注的编号（标注编号计数器被手工调低）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2980"/>
        <source>suggestion id {sid} was given to two suggestions, {label} [{start}:{end}] in {doc} by event {first} and {label2} [{start2}:{end2}] in {doc2} by event {again}{more}: an offer of Biaozhu before 7 December 2026 gave an undone offer&apos;s ids again; the spans and decisions are right, nothing to repair, but the history names both suggestions by that number (a suggestion&apos;s history is read from its last offer)</source>
        <translation>建议编号 {sid} 被给了两条建议：事件 {first} 给了 {doc} 中的 {label} [{start}:{end}]，事件 {again} 又给了 {doc2} 中的 {label2} [{start2}:{end2}]{more}：2026 年 12 月 7 日之前的 Biaozhu 推荐同名时会把已撤销推荐的编号再次使用；标注与决定都无误，无需修复，但历史用同一编号指这两条建议（一条建议的历史从其最后一次推荐读起）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2985"/>
        <source> (and {n} more {n:id|ids} alike)</source>
        <translation>（另有 {n} 个编号同样如此）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2990"/>
        <source>event {event} ({action}): its origin {origin!r} is not this project&apos;s id {project!r} (project.created), though it was made here ({n} {n:event|events})</source>
        <translation>事件 {event}（{action}）：它的来源 {origin!r} 不是本项目的 ID {project!r}（project.created），而它是在本项目中产生的（共 {n} 个事件）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3010"/>
        <source>the expected head {written} is in this history (event {count})</source>
        <translation>预期的链头 {written} 在此历史中（事件 {count}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3055"/>
        <source>{n} {n:undo|undos} of decisions a merge may have brought before merges recorded them as events</source>
        <translation>{n} 次撤销针对的决定可能由合并带入，而那时的合并尚未把决定记为事件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2300"/>
        <source>documents row {doc}: its text is {size:,} bytes, more than any text Biaozhu stores ({max_document_chars:,} characters): it was changed after it was imported</source>
        <translation>documents 表第 {doc} 行：其文本有 {size:,} 字节，超过 Biaozhu 能存的任何文本（{max_document_chars:,} 个字符）：导入之后被改过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3100"/>
        <source>event {event} (merge.conflict) says merge conflict {cid} came from {file!r}, but event {merge} (merge.completed), which raised it, merged {merged!r}</source>
        <translation>事件 {event}（merge.conflict）称合并冲突 {cid} 来自 {file!r}，但产生该冲突的事件 {merge}（merge.completed）合并的是 {merged!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3105"/>
        <source>{n} merge {n:conflict|conflicts} raised before merges recorded when (the time `conflicts` shows for them is not proven)</source>
        <translation>{n} 个合并冲突产生于合并开始记录冲突时间之前（`conflicts` 显示的时间无法证实）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3110"/>
        <source>{n} {n:decision|decisions} on suggestions brought in by a merge made before merges recorded them as events</source>
        <translation>{n} 个建议上的决定，由合并带入，而那时的合并尚未把决定记为事件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3130"/>
        <source>annotations row {sid}: its text {text!q} is not what document {doc} reads at {start}–{end} ({actual!q})</source>
        <translation>annotations 表第 {sid} 行：其文本{text!q}不是文档 {doc} 在 {start}–{end} 处的内容（{actual!q}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3140"/>
        <source>the colours, hotkeys and descriptions of the labels the project was created with (only their names were recorded then): names and order checked</source>
        <translation>项目创建时各标签的颜色、快捷键和说明（当时只记录了名称）：已核对名称与顺序</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3155"/>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3160"/>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3165"/>
        <source>operation not permitted</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3170"/>
        <source>a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3175"/>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3180"/>
        <source>no space left on the disk</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3185"/>
        <source>disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3190"/>
        <source>the file system is read-only</source>
        <translation>文件系统是只读的</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3195"/>
        <source>too many levels of symbolic links</source>
        <translation>符号链接层级过多</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3200"/>
        <source>file name too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3205"/>
        <source>input/output error (the disk or device failed)</source>
        <translation>输入/输出错误（磁盘或设备出错）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3210"/>
        <source>device or resource busy</source>
        <translation>设备或资源正忙</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3215"/>
        <source>too many open files</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3220"/>
        <source>too many open files in the system</source>
        <translation>系统中打开的文件过多</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3225"/>
        <source>the file exists already</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3230"/>
        <source>file too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3235"/>
        <source>the file is in use</source>
        <translation>文件正在使用中</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3240"/>
        <source>no such device</source>
        <translation>没有这个设备</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3245"/>
        <source>the file is locked by another connection</source>
        <translation>文件被另一个连接锁定</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3250"/>
        <source>the file cannot be written (read-only)</source>
        <translation>文件无法写入（只读）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3255"/>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3260"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3265"/>
        <source>the file cannot be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3270"/>
        <source>not a database file</source>
        <translation>不是数据库文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1450"/>
        <source>{path}: {other_kind}</source>
        <translation>{path}: {other_kind}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1460"/>
        <source>{path}: unknown file type {path_suffix}; give --format (e.g. --format txt to read it as plain text)</source>
        <translation>{path}: 未知文件类型 {path_suffix}；请在导入选项的“格式”中指定（如选 txt，按纯文本读取）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1465"/>
        <source>unknown export format {name!r}; known: {known}</source>
        <translation>未知的导出格式 {name!r}；已知：{known}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1470"/>
        <source>unknown segmenter {segmenter!r}; use {segmenters}</source>
        <translation>未知的分词器 {segmenter!r}；可用：{segmenters}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1475"/>
        <source>ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1485"/>
        <source>{path}: not the texts {name} was annotated on ({exc})</source>
        <translation>{path}: 不是 {name} 标注时所用的文本（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1490"/>
        <source>{where}: sentence {index} is not in {sources}</source>
        <translation>{where}: 第 {index} 句不在 {sources} 中</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1495"/>
        <source>{where}: sentence {index} of {sources} has changed</source>
        <translation>{where}: {sources} 的第 {index} 句已改变</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1500"/>
        <source>{where}: span {start}-{end} {label} does not fit sentence {index}</source>
        <translation>{where}: 片段 {start}-{end} {label} 与第 {index} 句不符</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1505"/>
        <source>sentence {index}: {s} does not match its text</source>
        <translation>第 {index} 句：{s} 与其文本不符</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1510"/>
        <source>sentence {index} is annotated twice</source>
        <translation>第 {index} 句被标注了两次</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1515"/>
        <source>{folder}: model format {format}, this Biaozhu reads {bundled_format}</source>
        <translation>{folder}: 模型格式为 {format}，此版本的 Biaozhu 读取 {bundled_format}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1520"/>
        <source>{folder}: the bundled model cannot be read ({exc})</source>
        <translation>{folder}: 无法读取内置模型（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1525"/>
        <source>the stored model&apos;s description is incomplete ({exc})</source>
        <translation>已存模型的描述不完整（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1530"/>
        <source>the gold has no spans: nothing to learn from</source>
        <translation>金标中没有片段：没有可学习的内容</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1535"/>
        <source>the model was trained on feature set {model_feature_set}; this Biaozhu computes feature set {feature_set}</source>
        <translation>该模型用特征集 {model_feature_set} 训练；此版本的 Biaozhu 计算的是特征集 {feature_set}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1540"/>
        <source>the stored model cannot be read by crfsuite ({exc})</source>
        <translation>crfsuite 无法读取已存模型（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1545"/>
        <source>the project has no gold to train on: mark documents done (or adjudicate them) first</source>
        <translation>项目中没有可训练的金标：请先把文档标记完成（或裁决）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1550"/>
        <source>the project&apos;s {n_docs} gold {n_docs:document has|documents have} no spans: nothing to learn from</source>
        <translation>项目的 {n_docs} 篇金标文档没有片段：没有可学习的内容</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1555"/>
        <source>evaluation needs at least 2 gold documents, the project has {n}</source>
        <translation>评估至少需要 2 篇金标文档，项目只有 {n} 篇</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1560"/>
        <source>cross-validation needs at least 2 folds, got {folds}</source>
        <translation>交叉验证至少需要 2 折，实际为 {folds}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1565"/>
        <source>fitting the scorer and comparing the models</source>
        <translation>拟合评分器并比较模型</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1570"/>
        <source>no model {version!r} in this project</source>
        <translation>本项目中没有模型 {version!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1575"/>
        <source>model {version} is a {name!r} model; this Biaozhu reads {model_name!r}</source>
        <translation>模型 {version} 是 {name!r} 模型；此版本的 Biaozhu 读取 {model_name!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1580"/>
        <source>model {version} has format {fmt}; this Biaozhu reads format {model_format}</source>
        <translation>模型 {version} 的格式为 {fmt}；此版本的 Biaozhu 读取格式 {model_format}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1585"/>
        <source>model {version} has no feature description</source>
        <translation>模型 {version} 没有特征描述</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1590"/>
        <source>the scorer was trained on span features {version}; this Biaozhu computes span features {span_features}</source>
        <translation>评分器用片段特征 {version} 训练；此版本的 Biaozhu 计算的是片段特征 {span_features}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1595"/>
        <source>the stored scorer is incomplete ({exc})</source>
        <translation>已存评分器不完整（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1600"/>
        <source>the scorer needs right and wrong candidates to learn from</source>
        <translation>评分器需要正确和错误的候选来学习</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1605"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1610"/>
        <source>held-out</source>
        <translation>留出集</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1615"/>
        <source>fold {fold}/{folds}</source>
        <translation>第 {fold}/{folds} 折</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1620"/>
        <source>fold {fold}/{folds}: features</source>
        <translation>第 {fold}/{folds} 折：提取特征</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1625"/>
        <source>fold {fold}/{folds}: fitting</source>
        <translation>第 {fold}/{folds} 折：拟合模型</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1630"/>
        <source>fold {fold}/{folds}: candidates</source>
        <translation>第 {fold}/{folds} 折：评估候选</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1635"/>
        <source>held-out: features</source>
        <translation>留出集：提取特征</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1640"/>
        <source>held-out: fitting</source>
        <translation>留出集：拟合模型</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1645"/>
        <source>held-out: candidates</source>
        <translation>留出集：评估候选</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1650"/>
        <source>training: features</source>
        <translation>训练：提取特征</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1655"/>
        <source>training: fitting</source>
        <translation>训练：拟合模型</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1660"/>
        <source>training: candidates</source>
        <translation>训练：评估候选</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1665"/>
        <source>training needs cross-validation (at least 2 folds): its scorer learns from candidates judged by models that did not see them</source>
        <translation>训练需要交叉验证（至少 2 折）：其评分器从未见过这些候选的模型所判断的候选中学习</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1670"/>
        <source>training needs at least 2 gold documents, the project has 1</source>
        <translation>训练至少需要 2 篇金标文档，项目只有 1 篇</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1680"/>
        <source>every gold document to test on is one the bundled model was trained on: there is nothing to measure a new model on</source>
        <translation>每篇用于测试的金标文档都是内置模型训练过的：没有可用来衡量新模型的文档</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1685"/>
        <source>the gold gives the scorer nothing to learn: every candidate was right, or none</source>
        <translation>金标没有给评分器可学习的内容：候选要么全对，要么全错</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1690"/>
        <source>{prefix}a label needs a name, got {name!r}</source>
        <translation>{prefix}标签需要名字，实际为 {name!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1695"/>
        <source>{prefix}label {name!r} has {what} ({code}) in its name, so brat and CoNLL exports could not be read back; call it {suggestion!r}</source>
        <translation>{prefix}标签 {name!r} 的名字中含有 {what}（{code}），brat 和 CoNLL 导出将无法读回；请改名为 {suggestion!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1700"/>
        <source>{prefix}label name of {n_name} characters (limit {max_label_chars}): {name!r}…</source>
        <translation>{prefix}标签名有 {n_name} 个字符（上限 {max_label_chars}）：{name!r}…</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1705"/>
        <source>{reviewer} is not a reviewer; only reviewers adjudicate (biaozhu role PROJECT {reviewer} reviewer)</source>
        <translation>{reviewer} 不是审核员；只有审核员可以裁决（biaozhu role PROJECT {reviewer} reviewer）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1710"/>
        <source>unknown choice {choice!r}; use {choices}</source>
        <translation>未知的选择 {choice!r}；可用：{choices}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1725"/>
        <source>no event {event_id} in this history (its events are 1 to {last})</source>
        <translation>历史中没有事件 {event_id}（事件编号为 1 到 {last}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1730"/>
        <source>unknown layer kind {kind!r}</source>
        <translation>未知的层类型 {kind!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1735"/>
        <source>merge conflict {ref_name} is about document {row_doc_id}, not {doc_id}</source>
        <translation>合并冲突 {ref_name} 涉及的是文档 {row_doc_id}，不是 {doc_id}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1750"/>
        <source>no merge conflict {conflict_id} in this project</source>
        <translation>本项目中没有合并冲突 {conflict_id}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1755"/>
        <source>keep must be mine or theirs</source>
        <translation>keep 必须是 mine 或 theirs</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1770"/>
        <source>merge conflict {conflict_id} is already resolved</source>
        <translation>合并冲突 {conflict_id} 已经解决</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1785"/>
        <source>{name} in {where} (colour {colour}, hotkey {key}, {description!r})</source>
        <translation>{where} 中的 {name}（颜色 {colour}，快捷键 {key}，{description!r}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1790"/>
        <source>label clash: hotkey {lab_hotkey} is {ours} but {theirs}</source>
        <translation>标签冲突：快捷键 {lab_hotkey} 在这里是 {ours}，在对方是 {theirs}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1795"/>
        <source>label clash: {ours} but {theirs}; make the definitions agree before merging</source>
        <translation>标签冲突：{ours}，而 {theirs}；请先统一定义再合并</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1800"/>
        <source>label {name}: hotkey {theirs} in {there}, {ours} kept here</source>
        <translation>标签 {name}：快捷键在 {there} 中是 {theirs}，这里保留 {ours}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1820"/>
        <source>{other_path} is this project; merge another file into it</source>
        <translation>{other_path} 就是本项目；请把另一个文件合并进来</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1825"/>
        <source>{name}: merge refused, it does not verify: {check_problems}</source>
        <translation>{name}: 拒绝合并，该文件未通过校验：{check_problems}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1845"/>
        <source>{name}: merge refused, its history no longer holds the head merged here earlier ({merged_count}:{merged_hash}…): it was truncated or rewritten since</source>
        <translation>{name}: 拒绝合并，其历史中已没有之前合并到这里的链头（{merged_count}:{merged_hash}…）：此后它被截断或改写过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1850"/>
        <source>{name} was restored from a backup since it was last merged here: the history it held then can no longer be checked against it</source>
        <translation>{name} 自上次合并到这里后曾从备份恢复：已无法与它当时的历史核对</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1870"/>
        <source>{name} is {role} in {there}, {here} here (kept)</source>
        <translation>{name} 在 {there} 中是 {role}，这里是 {here}（保留）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1885"/>
        <source>event {eid} of {there} came from {origin} without a record of its place there; it is kept but cannot be re-checked against it</source>
        <translation>{there} 的事件 {eid} 来自 {origin}，但没有它在那里的位置记录；已保留，但无法再与之核对</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1835"/>
        <source>event {eid} of {path_name} cannot be copied exactly (its JSON is not in the canonical form)</source>
        <translation>{path_name} 的事件 {eid} 无法原样复制（其 JSON 不是规范形式）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="700"/>
        <source>{path}: the columns read hold {size_mb} (limit {max_file_bytes_mb})</source>
        <translation>{path}: 读取的列共 {size_mb}（上限 {max_file_bytes_mb}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="705"/>
        <source>{path}: over {max_arrow_values:,} values in the columns read (limit {max_arrow_values:,}): split the dataset</source>
        <translation>{path}: 读取的列中超过 {max_arrow_values:,} 个值（上限 {max_arrow_values:,}）：请拆分数据集</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="710"/>
        <source>{path}: not a readable Arrow stream (a {kind} message, which Biaozhu does not read)</source>
        <translation>{path}: 不是可读的 Arrow 流（含 {kind} 消息，Biaozhu 不读取此类消息）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="715"/>
        <source>{path}: not a readable Arrow stream (no schema)</source>
        <translation>{path}: 不是可读的 Arrow 流（没有 schema）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="720"/>
        <source>{path}: not a readable Arrow stream ({exc})</source>
        <translation>{path}: 不是可读的 Arrow 流（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="725"/>
        <source>pyarrow cannot read it: damaged or cut short?</source>
        <translation>pyarrow 无法读取：文件损坏或不完整？</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="730"/>
        <source>{path}: the {column!r} column is of type {kind}, which Biaozhu does not read</source>
        <translation>{path}: {column!r} 列的类型为 {kind}，Biaozhu 不读取此类型</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1840"/>
        <source>event {eid} of {path_name} does not match its origin hash</source>
        <translation>{path_name} 的事件 {eid} 与其来源哈希不符</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1900"/>
        <source>no span {span_id} in this project&apos;s history</source>
        <translation>本项目的历史中没有片段 {span_id}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1905"/>
        <source>but the search index holds the texts up to rowid {top}</source>
        <translation>而搜索索引收录的文本到 rowid {top} 为止</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1910"/>
        <source>not a document rowid</source>
        <translation>不是文档的 rowid</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1915"/>
        <source>meta&apos;s {key} (how far the search index reaches) is {value!r}, {what}: edited by hand or damaged; a search scans the texts, and the window rebuilds the index when it next opens the project</source>
        <translation>meta 中的 {key}（搜索索引覆盖到哪里）为 {value!r}，{what}：被手工修改或已损坏；搜索将逐篇扫描文本，窗口下次打开项目时会重建索引</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1920"/>
        <source>the search index&apos;s tables are missing (documents_fts)</source>
        <translation>搜索索引的表缺失（documents_fts）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1925"/>
        <source>the search index cannot be read ({reason}): a search may miss documents or fail; the window rebuilds it when it next opens the project</source>
        <translation>搜索索引无法读取（{reason}）：搜索可能漏掉文档或失败；窗口下次打开项目时会重建它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1940"/>
        <source>a copy of another project</source>
        <translation>是另一个项目的副本</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1945"/>
        <source>does not verify: {problem}</source>
        <translation>未通过校验：{problem}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1950"/>
        <source>{backup} is not one of this project&apos;s backups</source>
        <translation>{backup} 不是本项目的备份</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1960"/>
        <source>{backup_name} was not restored: {exc}</source>
        <translation>{backup_name} 未恢复：{exc}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1965"/>
        <source>{backup_name} was not restored: {refusal}</source>
        <translation>{backup_name} 未恢复：{refusal}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1975"/>
        <source>{backup_name} was not restored: other processes kept writing {project_name}; try again when they are done</source>
        <translation>{backup_name} 未恢复：其他进程一直在写入 {project_name}；请待它们完成后再试</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1980"/>
        <source>{dest} already exists; a copy goes to a new file</source>
        <translation>{dest} 已存在；副本只写入新文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="1985"/>
        <source>a copy is made between writes, not inside a transaction</source>
        <translation>副本在两次写入之间制作，不能在事务中制作</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2005"/>
        <source>{path}: cannot open it ({reason})</source>
        <translation>{path}: 无法打开（{reason}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2010"/>
        <source>{lock_wait_env}={raw!r} is not a number of seconds</source>
        <translation>{lock_wait_env}={raw!r} 不是秒数</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2015"/>
        <source>{lock_wait_env}={raw!r} is outside 0 to 86400 seconds</source>
        <translation>{lock_wait_env}={raw!r} 不在 0 到 86400 秒之间</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2045"/>
        <source>{path}: no such project file</source>
        <translation>{path}: 没有这个项目文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2050"/>
        <source>{path}: permission denied (cannot reach the file)</source>
        <translation>{path}: 权限不足（无法访问该文件）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2060"/>
        <source>{path} is empty, not a Biaozhu project</source>
        <translation>{path} 是空文件，不是 Biaozhu 项目</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2065"/>
        <source>{path}: permission denied (cannot read the file)</source>
        <translation>{path}: 权限不足（无法读取该文件）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2070"/>
        <source>{path}: its -wal holds commits not yet in the file, which SQLite reads only by making a -shm beside it, and the folder is read-only: copy the project and its -wal to a folder you may write</source>
        <translation>{path}: 其 -wal 中有尚未写入文件的提交，SQLite 必须在旁边建立 -shm 才能读取，而文件夹是只读的：请把项目及其 -wal 复制到可写的文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2130"/>
        <source>{path}: no such folder {folder}; make it first</source>
        <translation>{path}: 没有文件夹 {folder}；请先创建</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2135"/>
        <source>{path} is read-only (permission denied to write it); commands that only read it (verify, stats, history, export) still work</source>
        <translation>{path} 是只读的（没有写入权限）；只读取它的命令（verify、stats、history、export）仍可使用</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2145"/>
        <source>{path}: its folder is read-only (SQLite keeps its -wal and -shm there); commands that only read it (verify, stats, history, export) still work</source>
        <translation>{path}: 其所在文件夹是只读的（SQLite 在那里存放 -wal 和 -shm）；只读取它的命令（verify、stats、history、export）仍可使用</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2150"/>
        <source>{path} is on a network file system ({kind}), where the locks that keep several writers apart may not work: copy it to a local disk, or set {allow_network_fs}=1 if only this computer ever opens it</source>
        <translation>{path} 位于网络文件系统（{kind}）上，那里用来隔开多个写入者的锁可能失效：请复制到本地磁盘；如果只有这台电脑会打开它，可设置 {allow_network_fs}=1</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2155"/>
        <source>not a Biaozhu project (not a readable SQLite file: {reason})</source>
        <translation>不是 Biaozhu 项目（不是可读的 SQLite 文件：{reason}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2160"/>
        <source>step {step} is missing</source>
        <translation>缺少步骤 {step}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2165"/>
        <source>its steps are out of order or repeated</source>
        <translation>其步骤顺序错乱或重复</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2170"/>
        <source>the file&apos;s record of schema steps ({steps}) is not one Biaozhu writes: {what} (the record was edited by hand)</source>
        <translation>文件中的结构升级步骤记录（{steps}）不是 Biaozhu 会写出的：{what}（该记录被手工修改过）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2175"/>
        <source>{problem}; nothing was written</source>
        <translation>{problem}；未写入任何内容</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2185"/>
        <source>{path} is {exc}</source>
        <translation>{path}: {exc}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2190"/>
        <source>{path} was written by a newer Biaozhu (schema {n_applied}, this version knows {schema_version}: unknown step {unknown}); update Biaozhu to open it</source>
        <translation>{path} 由更新版本的 Biaozhu 写入（数据库版本 {n_applied}，本程序只认识到 {schema_version}：未知步骤 {unknown}）；请升级 Biaozhu 后再打开</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2195"/>
        <source>{path} is an SQLite file but not a Biaozhu project</source>
        <translation>{path} 是 SQLite 文件，但不是 Biaozhu 项目</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2250"/>
        <source>{path}: another process kept it locked for writing for {waited:.0f} s; nothing was written (try again when it is done)</source>
        <translation>{path}: 另一个进程锁定写入已达 {waited:.0f} 秒；未写入任何内容（等它结束后再试）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2275"/>
        <source>{path} is open read-only; nothing was written</source>
        <translation>{path} 以只读方式打开；未写入任何内容</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2285"/>
        <source>the document has no text (only white space or invisible characters)</source>
        <translation>文档没有文本（只有空白或不可见字符）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2290"/>
        <source>the document has {n_text:,} characters, over the limit of {max_document_chars:,}: split it into articles</source>
        <translation>文档有 {n_text:,} 个字符，超过上限 {max_document_chars:,}：请拆分成单篇文章</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2295"/>
        <source>the text contains NUL characters: not a text document</source>
        <translation>文本中含有 NUL 字符：不是文本文档</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2310"/>
        <source>{path} could not be read now ({reason})</source>
        <translation>{path} 此刻无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2315"/>
        <source>no document {doc_id!r} in this project</source>
        <translation>本项目中没有文档 {doc_id!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2370"/>
        <source>an SQLite {kind} file: only SQLite may open it</source>
        <translation>SQLite 的 {kind} 文件：只有 SQLite 可以打开它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2375"/>
        <source>an SQLite database file (by its name): only SQLite may open it</source>
        <translation>SQLite 数据库文件（按文件名判断）：只有 SQLite 可以打开它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2380"/>
        <source>an SQLite database in use (its -wal, -shm or -journal is beside it): only SQLite may open it</source>
        <translation>正在使用的 SQLite 数据库（旁边有其 -wal、-shm 或 -journal）：只有 SQLite 可以打开它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2385"/>
        <source>inside a project&apos;s backups folder: only SQLite may open it</source>
        <translation>位于项目的备份文件夹中：只有 SQLite 可以打开它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2400"/>
        <source>event {count} is missing: event {eid} follows event {before} (an event was deleted and the chain recomputed)</source>
        <translation>事件 {count} 缺失：事件 {eid} 紧接在事件 {before} 之后（有事件被删除，且哈希链被重新计算）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2405"/>
        <source>event {eid} is broken: it does not follow the event before it (a row was removed or reordered)</source>
        <translation>事件 {eid} 已损坏：它没有接在前一个事件之后（有行被删除或调换了顺序）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2410"/>
        <source>event {eid} is broken: its content does not match its hash (it was altered)</source>
        <translation>事件 {eid} 已损坏：其内容与哈希不符（它被改动过）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2425"/>
        <source>{path}: no such file</source>
        <translation>{path}: 没有这个文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2430"/>
        <source>{path}: not a label schema ({exc})</source>
        <translation>{path}: 不是标签方案（{exc}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2435"/>
        <source>{path}: not a label schema: no &quot;labels&quot; list; write {label_schema_shape}</source>
        <translation>{path}: 不是标签方案：没有“labels”列表；请写成 {label_schema_shape}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2440"/>
        <source>{path}: not a label schema: label {n} ({item}) is not an object with a &quot;name&quot;; write {label_schema_shape}</source>
        <translation>{path}: 不是标签方案：第 {n} 个标签（{item}）不是带“name”的对象；请写成 {label_schema_shape}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2445"/>
        <source>a label schema needs at least one named label</source>
        <translation>标签方案至少需要一个有名字的标签</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2450"/>
        <source>label names must be unique</source>
        <translation>标签名不能重复</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2455"/>
        <source>two labels share one hotkey</source>
        <translation>两个标签用了同一个快捷键</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2465"/>
        <source>label {label_name}: colour {label_colour!r} is not #rgb or #rrggbb</source>
        <translation>标签 {label_name}：颜色 {label_colour!r} 不是 #rgb 或 #rrggbb</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2470"/>
        <source>label {label_name}: hotkey {label_hotkey!r} is not one key (a character or F1–F12, after any of Ctrl+, Alt+, Shift+, Meta+)</source>
        <translation>标签 {label_name}：快捷键 {label_hotkey!r} 不是单个按键（一个字符或 F1–F12，前面可加 Ctrl+、Alt+、Shift+、Meta+）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2475"/>
        <source>overlapping spans stay allowed: {count} {count:span overlaps|spans overlap} another of the same annotator in {documents} {documents:document|documents}: {named}{more}; remove or resize them first</source>
        <translation>仍允许片段重叠：{documents} 篇文档中有 {count} 个片段与同一标注员的另一片段重叠：{named}{more}；请先删除或调整它们</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2480"/>
        <source>; and {more} more</source>
        <translation>；另有 {more} 处</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2485"/>
        <source>{path} was closed</source>
        <translation>{path} 已关闭</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2490"/>
        <source>{path} is a folder; name the new project file in it, e.g. {example}</source>
        <translation>{path} 是文件夹；请在其中给新项目文件起个名字，如 {example}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2505"/>
        <source>{path} is a project of a newer Biaozhu; it will not be overwritten</source>
        <translation>{path} 是更新版本 Biaozhu 的项目；不会覆盖它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2500"/>
        <source>{path} is not a Biaozhu project, and new will not overwrite it; name a new file (e.g. work.biaozhu)</source>
        <translation>{path} 不是 Biaozhu 项目，新建不会覆盖它；请另起一个新文件名（如 work.biaozhu）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2510"/>
        <source>{path} already exists ({exc}); it will not be overwritten</source>
        <translation>{path} 已存在（{exc}）；不会覆盖它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2515"/>
        <source>{path} is a Biaozhu project already; open it instead (biaozhu {path})</source>
        <translation>{path} 已经是 Biaozhu 项目；请直接打开（biaozhu {path}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2530"/>
        <source>{key} is a setting whose changes the history records: set it at creation (Project.create({key}=...)) or with its own verb (Project.set_{key}, biaozhu settings)</source>
        <oldsource>{key} is set when the project is created (Project.create({key}=...)), where its first event records it</oldsource>
        <translation>{key} 是由历史记录其变更的设置：请在创建时设定（Project.create({key}=...)），或用专门的操作修改（Project.set_{key}、biaozhu settings）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2535"/>
        <source>label {name} is used by {used} {used:span|spans} and cannot be removed</source>
        <translation>标签 {name} 被 {used} 个片段使用，不能删除</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2545"/>
        <source>{problem}; the labels were not changed</source>
        <translation>{problem}；标签未改动</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2550"/>
        <source>unknown role {role!r}</source>
        <translation>未知角色 {role!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2555"/>
        <source>unknown role {role!r}; use annotator or reviewer</source>
        <translation>未知角色 {role!r}；请用 annotator 或 reviewer</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2560"/>
        <source>unknown status {status!r}; use {statuses}</source>
        <translation>未知状态 {status!r}；可用：{statuses}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2570"/>
        <source>meta&apos;s {key} is {value!r}, not a count (edited by hand or damaged)</source>
        <translation>meta 中的 {key} 为 {value!r}，不是计数（被手工修改或已损坏）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2575"/>
        <source>event {event} ({action})</source>
        <translation>事件 {event}（{action}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2580"/>
        <source>event {event} ({action}) cannot be replayed: {reason}</source>
        <translation>事件 {event}（{action}）无法重放：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2590"/>
        <source>it lacks {key!r}</source>
        <translation>它缺少 {key!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2595"/>
        <source>its before/after is not JSON</source>
        <translation>其 before/after 不是 JSON</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2605"/>
        <source>its {what} is not an integer</source>
        <translation>其 {what} 不是整数</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2650"/>
        <source>its span attributes are not a mapping</source>
        <translation>其片段属性不是映射</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2730"/>
        <source>it sets {name!r} to {value!r}, no setting Biaozhu has</source>
        <translation>它把 {name!r} 设为 {value!r}，Biaozhu 没有这样的设置</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2750"/>
        <source>it resolves merge conflict {conflict_id}, which no event recorded</source>
        <translation>它解决了合并冲突 {conflict_id}，但没有事件记录过该冲突</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2775"/>
        <source>it names model {model!r}, which no event stored</source>
        <translation>它指向模型 {model!r}，但没有事件存储过该模型</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2780"/>
        <source>no span {ann_id} in this project</source>
        <translation>本项目中没有片段 {ann_id}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2785"/>
        <source>unknown label {label!r}; this project&apos;s labels are {label_names}</source>
        <translation>未知标签 {label!r}；本项目的标签有 {label_names}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2800"/>
        <source>unknown span origin {origin!r}</source>
        <translation>未知的片段来源 {origin!r}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2805"/>
        <source>one provenance per span</source>
        <translation>每个片段需要一条来源</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2825"/>
        <source>span attributes must be a mapping</source>
        <translation>片段属性必须是映射</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2830"/>
        <source>no suggestion {sugg_id} in this project</source>
        <translation>本项目中没有建议 {sugg_id}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2840"/>
        <source>suggestion {sugg_id} has no decision to undo</source>
        <translation>建议 {sugg_id} 没有可撤销的决定</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2845"/>
        <source>the guard that refuses changes to events</source>
        <translation>拒绝修改事件的保护触发器</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2850"/>
        <source>the guard that refuses deleting events</source>
        <translation>拒绝删除事件的保护触发器</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2855"/>
        <source>trigger {name} on {table} is not one of the history&apos;s guards: {sql}</source>
        <translation>{table} 上的触发器 {name} 不是历史的保护触发器：{sql}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2860"/>
        <source>{what} is missing (no trigger does what {guard} does)</source>
        <translation>{what}缺失（没有触发器做 {guard} 所做的事）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2920"/>
        <source>the file cannot be read ({reason}); restore a backup of it</source>
        <translation>文件无法读取（{reason}）；请恢复它的备份</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2925"/>
        <source>SQLite integrity check failed: {found}</source>
        <translation>SQLite 完整性检查未通过：{found}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2930"/>
        <source>the tables cannot be read to compare them with the history ({reason})</source>
        <translation>无法读取各表以与历史比对（{reason}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2995"/>
        <source>foreign key check failed: {n} {n:row|rows}, first {table} row {rowid} -&gt; {parent}</source>
        <translation>外键检查未通过：{n} 行，第一行为 {table} 表第 {rowid} 行 -&gt; {parent}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3000"/>
        <source>{text!r} is not a chain head: give HASH or COUNT:HASH as `verify` prints it</source>
        <translation>{text!r} 不是链头：请按 `verify` 的输出给出 HASH 或 COUNT:HASH</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3005"/>
        <source>{text!r} matches {n_rows} events: give more of the hash</source>
        <translation>{text!r} 匹配 {n_rows} 个事件：请给出更长的哈希</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3015"/>
        <source>the expected head {written} is not in this history: it was truncated or rewritten since that head was written down</source>
        <translation>预期的链头 {written} 不在此历史中：记下该链头之后，历史被截断或改写过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2965"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3020"/>
        <source>meta&apos;s project id {found} is not the one event {event} (project.created) recorded, {recorded!r}: backups and merges know the file by it</source>
        <translation>meta 中的项目 ID {found} 不是事件 {event}（project.created）记录的 {recorded!r}：备份与合并靠它识别此文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3025"/>
        <source>the backup {name} holds head {count}:{hash}…, which this history no longer contains: it was truncated or rewritten after that backup (the two part at event {at})</source>
        <translation>备份 {name} 的链头为 {count}:{hash}…，此历史中已没有它：该备份之后历史被截断或改写过（两者在事件 {at} 处分叉）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3030"/>
        <source>event {event} (project.restored) records that the history it brought back ended at its event {count} ({tail}…), but what comes before it here is {before} {before:event|events} ending in {prev}…: the history before the restore was rewritten</source>
        <translation>事件 {event}（project.restored）记录它恢复的历史止于其事件 {count}（{tail}…），但此处它之前是 {before} 个事件，止于 {prev}…：恢复之前的历史被改写过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3035"/>
        <source>event {event}: no record of where it stood in {origin}</source>
        <translation>事件 {event}：没有它在 {origin} 中位置的记录</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3040"/>
        <source>event {event}: its content does not match its hash in {origin}</source>
        <translation>事件 {event}：其内容与它在 {origin} 中的哈希不符</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3045"/>
        <source> (and {n} more {n:row|rows})</source>
        <translation>（另有 {n} 行）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3050"/>
        <source>{table} row {row}: its {column} is not valid JSON{more}</source>
        <translation>{table} 表第 {row} 行：其 {column} 列不是有效的 JSON{more}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3060"/>
        <source>{table} row {row} is in the table but no event wrote it</source>
        <translation>{table} 表第 {row} 行在表中，但没有事件写入它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3065"/>
        <source>{table} row {row} is missing: {by} wrote it</source>
        <translation>{table} 表第 {row} 行缺失：{by}写入了它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3070"/>
        <source>{table} row {row} differs from {by}, which last wrote it: {differences}</source>
        <translation>{table} 表第 {row} 行与最后写入它的{by}不符：{differences}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3075"/>
        <source>(suggestion {sid}, {who})</source>
        <translation>（建议 {sid}，{who}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3080"/>
        <source>suggestions row {sid} differs from {by}, which decided on it: {differences}</source>
        <translation>suggestions 表第 {sid} 行与对它作出决定的{by}不符：{differences}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3085"/>
        <source>documents row {doc}: its text does not match its content hash (the text was changed after it was imported)</source>
        <translation>documents 表第 {doc} 行：其文本与内容哈希不符（文本在导入后被改动过）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3090"/>
        <source>documents row {doc}: {chars} characters recorded, {length} held</source>
        <translation>documents 表第 {doc} 行：记录为 {chars} 个字符，实有 {length} 个</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3095"/>
        <source>merge_conflicts row {cid}: its spans are malformed</source>
        <translation>merge_conflicts 表第 {cid} 行：其片段格式有误</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3115"/>
        <source>a project created before it was recorded</source>
        <translation>记录此设置之前创建的项目</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3120"/>
        <source>meta&apos;s {name} is {value!r}, but the history has {expected!r} (from {by})</source>
        <translation>meta 中的 {name} 为 {value!r}，但历史中为 {expected!r}（来自{by}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3125"/>
        <source>{field} {table} in the table, {history} in the history</source>
        <translation>{field} 列：表中为 {table}，历史中为 {history}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="2640"/>
        <source>{part}; {rest}</source>
        <translation>{part}；{rest}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3135"/>
        <source>labels: no event records the project&apos;s labels (its creation event is missing)</source>
        <translation>标签：没有事件记录项目的标签（其创建事件缺失）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3145"/>
        <source>labels differ from {by}, which last wrote them: {table} in the table, {history} in the history</source>
        <translation>标签与最后写入它们的{by}不符：表中为 {table}，历史中为 {history}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3150"/>
        <source>suggest</source>
        <translation>计算建议</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3275"/>
        <source>SQLite: {error}</source>
        <translation>SQLite：{error}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3280"/>
        <source>annotator name</source>
        <translation>标注员名字</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3285"/>
        <source>annotator name {name!r} matches {count} annotators this project stores in other forms ({names}): give the one meant exactly as it is written</source>
        <translation>标注员名称 {name!r} 与本项目以其他写法保存的 {count} 位标注员相符（{names}）：请按原样准确写出所指的那一位</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3290"/>
        <source>{where} is empty: give a name without spaces</source>
        <translation>{where}为空：请给出不含空格的名字</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3295"/>
        <source>{where} {name!r}… is longer than {name_max} characters</source>
        <translation>{where} {name!r}… 超过 {name_max} 个字符</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3300"/>
        <source>{where} {name!r} contains white space</source>
        <translation>{where} {name!r} 含有空白</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="3305"/>
        <source>{where} {name!r} contains a control or invisible character (U+{code:04X})</source>
        <translation>{where} {name!r} 含有控制字符或不可见字符（U+{code:04X}）</translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="439"/>
        <source>suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="476"/>
        <source>No document</source>
        <translation>没有文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="478"/>
        <source>Import files with Ctrl+I, or open a project with Ctrl+O.</source>
        <translation>按 Ctrl+I 导入文件，或按 Ctrl+O 打开项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="495"/>
        <source>document %1 of %2</source>
        <translation>第 %1 / %2 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="500"/>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="502"/>
        <source>%1 gold · %2 pending</source>
        <translation>金标准 %1 · 待定 %2</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="494"/>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="564"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="548"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="550"/>
        <source>the first %1 hits</source>
        <translation>前 %1 处结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="553"/>
        <source>%1 of the first %2 hits</source>
        <translation>前 %2 处结果中的 %1 处</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="566"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 篇文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="568"/>
        <source>%1 of %n document(s)</source>
        <translation>
            <numerusform>%1 / %n 篇文档</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="574"/>
        <source>Search all texts  ( / )</source>
        <translation>搜索全文  ( / )</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="575"/>
        <source>Search  ( / )</source>
        <comment>the search hint where the box is narrow</comment>
        <translation>搜索  ( / )</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="576"/>
        <source>Search /</source>
        <comment>the search hint where the box is narrowest</comment>
        <translation>搜索 /</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="580"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="581"/>
        <source>To do</source>
        <translation>待标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="582"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="583"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="587"/>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="589"/>
        <source>Only the documents with suggestions pending or gold spans of this label</source>
        <translation>只列出含有此标签的待定建议或金标片段的文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="594"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="596"/>
        <source>Only the documents with suggestions pending from this suggester or gold spans accepted from it</source>
        <translation>只列出含有此来源的待定建议或从此来源接受的金标片段的文档</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="53"/>
        <source>to do</source>
        <translation>待标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="54"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="55"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="263"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="264"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="265"/>
        <source>Gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="266"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="270"/>
        <source>The document&apos;s first line</source>
        <translation>文档的第一行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="271"/>
        <source>Your status for this document</source>
        <translation>你在这篇文档上的状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="272"/>
        <source>Your gold spans</source>
        <translation>你的金标准片段数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="273"/>
        <source>Suggestions you have not decided on</source>
        <translation>你尚未处理的建议数</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="46"/>
        <source>This model</source>
        <translation>本模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="48"/>
        <source>Bundled model</source>
        <translation>内置模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="49"/>
        <source>Bundled, sources weighed</source>
        <translation>内置模型（按来源加权）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="50"/>
        <source>Active model</source>
        <translation>当前启用的模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="88"/>
        <source>Quantity rules</source>
        <translation>数量规则</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="89"/>
        <source>Company rules</source>
        <translation>企业规则</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="90"/>
        <source>Policy rules</source>
        <translation>政策规则</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="91"/>
        <source>Project lexicon</source>
        <translation>项目词表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="92"/>
        <source>Shape of the text</source>
        <translation>文本形态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="93"/>
        <source>Bundled CRF</source>
        <translation>内置 CRF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="94"/>
        <source>Project CRF</source>
        <translation>项目 CRF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="42"/>
        <source>This model (adapter)</source>
        <translation>本模型（适配器）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="44"/>
        <source>Own model, not kept</source>
        <translation>自有模型（未保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="47"/>
        <source>Adapted, not kept</source>
        <translation>适配（未保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="55"/>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="75"/>
        <source>Held-out evaluation: %1 of %2 folds tested (%3 documents), each by a model of the others (the bundled model learned the rest of the first); exact span match.</source>
        <translation>留出法测评：测试了 %2 折中的 %1 折（%3 篇文档），每折都由用其余各折训练的模型测试（第一折之外的部分内置模型已学过）；片段精确匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="82"/>
        <source>Held-out evaluation: trained on %1 documents, tested on %2 (every %3th); exact span match.</source>
        <translation>留出法测评：用 %1 篇文档训练，在 %2 篇上测试（每 %3 篇取一篇）；片段精确匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="88"/>
        <source>%1-fold cross-validation over %2 gold documents; exact span match.</source>
        <translation>在 %2 篇金标准文档上做 %1 折交叉验证；片段精确匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="102"/>
        <source>Every tested document is an example the bundled scorer learned from: the bundled model is not compared.</source>
        <translation>测试文档都是内置评分器学过的样例：内置模型不参与比较。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="114"/>
        <source>Scorer c2 %1: of the settings tried, the one whose held-out suggestions cost the least.</source>
        <translation>评分器 c2 取 %1：在试过的设置中，它在留出文档上的建议所需操作最少。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="120"/>
        <source>Scorer c2 %1, without the project&apos;s CRF: of the settings tried, the one whose held-out suggestions cost the least.</source>
        <translation>评分器 c2 取 %1，不用项目 CRF：在试过的设置中，它在留出文档上的建议所需操作最少。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="129"/>
        <source>No system could be scored (the gold has no wrong or no right candidate).</source>
        <translation>没有可评分的系统（金标准中没有错误候选，或没有正确候选）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="139"/>
        <source>%1: %2 actions per gold span.</source>
        <translation>%1：每个金标准片段 %2 次操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="243"/>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="278"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="243"/>
        <source>Gold spans</source>
        <translation>金标准片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="277"/>
        <source>Candidate source</source>
        <translation>候选来源</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="279"/>
        <source>Proposed</source>
        <translation>提出数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="280"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="281"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="315"/>
        <source>Per &amp;label:</source>
        <translation>按标签(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="317"/>
        <source>Candidate &amp;sources on the tested gold:</source>
        <translation>各候选来源在测试金标准上的表现(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="329"/>
        <source>Not evaluated: cross-validation needs at least 2 gold documents.</source>
        <translation>未测评：交叉验证至少需要 2 篇金标准文档。</translation>
    </message>
</context>
<context>
    <name>EvaluationCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="64"/>
        <source>%n tested document(s) are examples the bundled scorer learned from: the bundled model is compared on the other %2.</source>
        <translation>
            <numerusform>有 %n 篇测试文档是内置评分器学过的样例：内置模型只在其余 %2 篇上比较。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="87"/>
        <source>%n jieba word(s) split where a span begins or ends inside them</source>
        <translation>
            <numerusform>%n 个 jieba 词在片段起止处被切开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="90"/>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="119"/>
        <source>%n span(s) cross jieba word boundaries (the words split there)</source>
        <translation>
            <numerusform>%n 个片段跨越 jieba 词边界（词在该处切开）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="93"/>
        <source>%n overlapping span(s) only in doc.spans, not in doc.ents</source>
        <translation>
            <numerusform>%n 个重叠片段只写入 doc.spans，未写入 doc.ents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="96"/>
        <source>%n .spacy file(s) inflate past what Biaozhu&apos;s import reads (128 MB, some %2 characters of text, or 100 times the file&apos;s size): spaCy loads them; to bring the spans back into a project, export jsonl</source>
        <translation>
            <numerusform>%n 个 .spacy 文件解压后超出 Biaozhu 导入的读取上限（128 MB，约 %2 个字的文本，或文件大小的 100 倍）：spaCy 可以读取；若要把片段导回项目，请导出 jsonl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="103"/>
        <source>%n overlapping span(s) left out of the tags (IOB2 cannot hold them; the manifest lists them as conll.left_out, import puts them back)</source>
        <translation>
            <numerusform>%n 个重叠片段未写入标注（IOB2 无法表示；清单以 conll.left_out 列出它们，导入时会放回）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="109"/>
        <source>%n white-space character(s) are not token lines (the manifest keeps where they were)</source>
        <translation>
            <numerusform>%n 个空白字符不作为词行（清单记录其位置）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="114"/>
        <source>%n overlapping span(s) kept in &apos;spans&apos; but not in &apos;ner_tags&apos; (IOB2 cannot hold them)</source>
        <translation>
            <numerusform>%n 个重叠片段保留在 spans 中，未写入 ner_tags（IOB2 无法表示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="122"/>
        <source>%n span(s) across line breaks written as fragments</source>
        <translation>
            <numerusform>%n 个跨行片段写成分段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="125"/>
        <source>%n suggestion score(s) outside 0..1 clipped for Label Studio</source>
        <translation>
            <numerusform>%n 个超出 0..1 的建议分数已为 Label Studio 截断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="128"/>
        <source>%n METRIC value(s) are not numbers: left empty in the value column (jsonl keeps them as written)</source>
        <translation>
            <numerusform>%n 个 METRIC 数值不是数字：value 列留空（jsonl 按原样保留）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="134"/>
        <source>%n key(s) whose values mix types (a number here, a text there) written as JSON text in every record, so that each has one type (each record&apos;s meta.json_text names them; import reads them back)</source>
        <translation>
            <numerusform>%n 个键的值混有多种类型（此处为数字，彼处为文本），已在每条记录中写为 JSON 文本，使每个键只有一种类型（每条记录的 meta.json_text 列出这些键；导入时会还原）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="141"/>
        <source>%n span attribute(s) whose values mix types (a number here, a text there) written as JSON text in every record, so that each has one type (each record&apos;s json_text names them; import reads them back)</source>
        <translation>
            <numerusform>%n 个片段属性的值混有多种类型（此处为数字，彼处为文本），已在每条记录中写为 JSON 文本，使每个属性只有一种类型（每条记录的 json_text 列出这些属性；导入时会还原）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="148"/>
        <source>%n document(s) not marked done by their annotator: their spans may be unfinished (the manifest lists them as not_done; the export keeps their status, and import gives it back)</source>
        <translation>
            <numerusform>%n 篇文档未被其标注员标记完成：其中的片段可能尚未标完（清单在 not_done 中列出；导出保留其状态，导入时还原）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="155"/>
        <source>%n gold document(s) marked done by annotators who disagree, not adjudicated: the layer of the first to mark it done is exported (the manifest lists them as disagreements; Review → Compare settles them)</source>
        <translation>
            <numerusform>%n 篇金标准文档由意见不一的标注员标记完成，尚未裁决：导出的是最先标记完成者的标注层（清单在 disagreements 中列出；在 审核 → 比较与裁决 中解决）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="164"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 篇文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="167"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="70"/>
        <source>Hugging Face datasets DatasetDict (load_from_disk): tokens, IOB2 ner_tags, spans</source>
        <translation>Hugging Face 数据集 DatasetDict（load_from_disk 读取）：字词、IOB2 ner_tags、片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="74"/>
        <source>every span as a CSV table</source>
        <translation>全部片段，CSV 表格</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="75"/>
        <source>every span as a Parquet table</source>
        <translation>全部片段，Parquet 表格</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="219"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="250"/>
        <source>one token per character</source>
        <translation>每字一个词元</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="251"/>
        <source>jieba words</source>
        <translation>结巴分词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="281"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="367"/>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="373"/>
        <source>Export to file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="468"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="473"/>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="198"/>
        <source>Manifest: %1</source>
        <translation>清单：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="59"/>
        <source>brat standoff folder (.txt + .ann per document)</source>
        <translation>brat 标注文件夹（每篇文档一个 .txt 和一个 .ann）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="60"/>
        <source>character-level CoNLL, IOB2 tags</source>
        <translation>逐字 CoNLL，IOB2 标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="61"/>
        <source>doccano sequence labelling JSONL</source>
        <translation>doccano 序列标注 JSONL</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="62"/>
        <source>exchange format (Prodigy spans, with attributes)</source>
        <translation>交换格式（Prodigy 片段，含属性）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="63"/>
        <source>Label Studio tasks: gold as annotations, pending suggestions as predictions</source>
        <translation>Label Studio 任务：金标准作为标注，待定建议作为预测</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="67"/>
        <source>METRIC spans as a CSV table (pandas)</source>
        <translation>METRIC 片段表格，CSV 格式（pandas）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="68"/>
        <source>METRIC spans as a Parquet table (pyarrow)</source>
        <translation>METRIC 片段表格，Parquet 格式（pyarrow）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="69"/>
        <source>spaCy v3 DocBin (.spacy): doc.ents and doc.spans</source>
        <translation>spaCy v3 DocBin（.spacy）：doc.ents 和 doc.spans</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="185"/>
        <source>Exported %1 with %2 (%3) as %4 to %5</source>
        <translation>已导出 %1、%2（%3），格式 %4，位置：%5</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="188"/>
        <source>no spans</source>
        <translation>没有片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="194"/>
        <source>split: %1</source>
        <translation>划分：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="246"/>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="252"/>
        <source>spaCy &amp;tokens</source>
        <translation>spaCy 词元(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="261"/>
        <source>The &amp;gold (adjudicated, else marked done)</source>
        <translation>金标准(&amp;G)（优先裁决结果，否则为已完成的标注）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="264"/>
        <source>The &amp;layer of</source>
        <translation>此标注员的标注(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="273"/>
        <source>Suggestions still &amp;pending for me</source>
        <translation>我尚未处理的建议(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="284"/>
        <source>&amp;Split by document</source>
        <translation>按文档划分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="292"/>
        <source>see&amp;d</source>
        <translation>随机种子(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="298"/>
        <source>Spl&amp;it</source>
        <translation>划分(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="305"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="309"/>
        <source>&amp;Output</source>
        <translation>输出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="321"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="490"/>
        <source>Export failed, nothing was written: %1</source>
        <translation>导出失败，未写入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="499"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../../desktop/gui/dialogs/file_choosers.py" line="34"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/file_choosers.py" line="35"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>GuidelinesDock</name>
    <message>
        <location filename="../../desktop/gui/dialogs/guidelines.py" line="52"/>
        <source>en</source>
        <comment>the guideline&apos;s language: en or zh_CN</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/guidelines.py" line="55"/>
        <source>Annotation guidelines</source>
        <translation>标注规范</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="44"/>
        <source>Project created</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="45"/>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="46"/>
        <source>Labels changed</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="47"/>
        <source>Project setting changed</source>
        <translation>项目设置已更改</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="48"/>
        <source>Person added</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="49"/>
        <source>Role changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="50"/>
        <source>Document imported</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="51"/>
        <source>Document status</source>
        <translation>文档状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="52"/>
        <source>Suggestions computed</source>
        <translation>计算建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="53"/>
        <source>Suggestions added</source>
        <translation>添加建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="54"/>
        <source>Name offered at its other places</source>
        <translation>名称在其他出现处提供为建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="55"/>
        <source>Offer withdrawn</source>
        <translation>撤回所提供的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="56"/>
        <source>Suggestion accepted</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="57"/>
        <source>Suggestion corrected</source>
        <translation>修正后接受建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="58"/>
        <source>Suggestion rejected</source>
        <translation>拒绝建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="59"/>
        <source>Decision undone</source>
        <translation>撤销决定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="60"/>
        <source>Span added</source>
        <translation>添加片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="61"/>
        <source>Span removed</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="62"/>
        <source>Span restored</source>
        <translation>恢复片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="63"/>
        <source>Boundaries changed</source>
        <translation>修改边界</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="64"/>
        <source>Label changed</source>
        <translation>修改标签类别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="65"/>
        <source>Attributes edited</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="66"/>
        <source>Adjudicated</source>
        <translation>裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="67"/>
        <source>Agreements accepted</source>
        <translation>接受一致项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="68"/>
        <source>Project merged in</source>
        <translation>合并项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="69"/>
        <source>Decision merged in</source>
        <translation>合并来的决定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="70"/>
        <source>Merge conflict</source>
        <translation>合并冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="71"/>
        <source>Merge conflict resolved</source>
        <translation>解决合并冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="72"/>
        <source>Suggester trained</source>
        <translation>训练建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="73"/>
        <source>Suggester activated</source>
        <translation>启用建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="74"/>
        <source>Suggester retired</source>
        <translation>停用建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="89"/>
        <source>Redo of events %1 of the file it came from</source>
        <translation>重做来源文件中的事件 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="91"/>
        <source>Redo of event %1 of the file it came from</source>
        <translation>重做来源文件中的事件 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="95"/>
        <source>Undo of events %1 of the file it came from</source>
        <translation>撤销来源文件中的事件 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="97"/>
        <source>Undo of event %1 of the file it came from</source>
        <translation>撤销来源文件中的事件 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="102"/>
        <source>Redo of %1 (undone in events %2)</source>
        <translation>重做“%1”（事件 %2 曾撤销它）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="104"/>
        <source>Redo of %1 (undone in event %2)</source>
        <translation>重做“%1”（事件 %2 曾撤销它）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="108"/>
        <source>Undo of %1 (events %2)</source>
        <translation>撤销“%1”（事件 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="110"/>
        <source>Undo of %1 (event %2)</source>
        <translation>撤销“%1”（事件 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="118"/>
        <source>Project (all)</source>
        <translation>项目（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="119"/>
        <source>Labels (all)</source>
        <translation>标签（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="120"/>
        <source>Project settings (all)</source>
        <translation>项目设置（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="121"/>
        <source>People (all)</source>
        <translation>人员（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="122"/>
        <source>Documents (all)</source>
        <translation>文档（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="123"/>
        <source>Suggesting (all)</source>
        <translation>生成建议（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="124"/>
        <source>Decisions on suggestions (all)</source>
        <translation>处理建议（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="125"/>
        <source>Spans (all)</source>
        <translation>片段（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="126"/>
        <source>Adjudication (all)</source>
        <translation>裁决（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="127"/>
        <source>Merging (all)</source>
        <translation>合并（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="128"/>
        <source>Merged decisions (all)</source>
        <translation>合并来的决定（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="129"/>
        <source>Suggester models (all)</source>
        <translation>建议模型（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="139"/>
        <source>to do</source>
        <translation>待标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="140"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="141"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="147"/>
        <source>annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="148"/>
        <source>reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="154"/>
        <source>took left</source>
        <translation>采用左侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="155"/>
        <source>took right</source>
        <translation>采用右侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="156"/>
        <source>took both</source>
        <translation>两者都采用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="157"/>
        <source>took neither</source>
        <translation>都不采用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="159"/>
        <source>took the agreement</source>
        <translation>采用一致项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="204"/>
        <location filename="../../desktop/gui/review/event_names.py" line="250"/>
        <source>suggestion %1</source>
        <translation>建议 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="215"/>
        <source>%1 (%2 characters)</source>
        <translation>%1（%2 字）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="222"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 removed</source>
        <translation>新增 %1，更新 %2，未变 %3，删除 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="224"/>
        <source>%1 added, %2 updated, %4 removed</source>
        <translation>新增 %1，更新 %2，删除 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="234"/>
        <source>with the document marked done</source>
        <translation>文档标为完成时一并拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="240"/>
        <source>%1: %2, %3, %4</source>
        <translation>%1：%2，%3，%4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="274"/>
        <source>agreements of %1 and %2 taken: %3</source>
        <translation>已采纳 %1 与 %2 的一致项：%3 处</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="290"/>
        <source>%1 suggests</source>
        <translation>%1 提供建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="300"/>
        <source>%1 trained on %2 and %3</source>
        <translation>%1：用 %2、%3 训练</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="307"/>
        <source>, F1 %1</source>
        <translation>，F1 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="309"/>
        <source>it suggests</source>
        <translation>正在提供建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="311"/>
        <source>stored, not suggesting</source>
        <translation>已保存，未启用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="321"/>
        <location filename="../../desktop/gui/review/event_names.py" line="329"/>
        <source>the bundled model suggests</source>
        <translation>内置模型提供建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="330"/>
        <source>%1 set aside</source>
        <translation>%1 已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="351"/>
        <source>adjudicated: %1, from %2&apos;s span %3</source>
        <translation>裁决：%1，取自 %2 的片段 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="359"/>
        <source>by a merge, from span %1 of %2</source>
        <translation>经合并，取自 %2 的片段 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="364"/>
        <source>restoring span %1</source>
        <translation>恢复片段 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="367"/>
        <source>merge conflict %1 resolved by %2</source>
        <translation>合并冲突 %1 由 %2 解决</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="372"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>HistoryBar</name>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="80"/>
        <source>Full report…</source>
        <translation>完整报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="81"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="82"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="119"/>
        <source>This file does not match its history (edited outside Biaozhu?): %1.</source>
        <translation>此文件与其历史记录不符（是否在标注之外被修改过？）：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/history_bar.py" line="124"/>
        <source>(%n more problem(s).)</source>
        <translation>
            <numerusform>（另有 %n 个问题。）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="125"/>
        <source>To go back to a state that verifies, restore a backup: %1.</source>
        <translation>要回到能通过校验的状态，请恢复备份：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="142"/>
        <source>  not provable: %1</source>
        <translation>  无法证明：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="148"/>
        <source>biaozhu: error: %1</source>
        <translation>biaozhu：错误：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="150"/>
        <source>  also: %1</source>
        <translation>  另有：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="155"/>
        <source>  … and %1 more</source>
        <translation>  …… 另有 %1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="157"/>
        <source>head: unknown (the file is damaged)</source>
        <translation>链头：未知（文件已损坏）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="160"/>
        <source>head: %1</source>
        <translation>链头：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="200"/>
        <source>History check</source>
        <translation>历史校验</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="202"/>
        <source>What “biaozhu verify” says of this file (the same check, run when the window opened it):</source>
        <translation>“biaozhu verify”对此文件的结果（同一校验，在窗口打开文件时运行）：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="208"/>
        <source>What the window found when it opened this file (“biaozhu verify” checks the file against its history):</source>
        <translation>窗口打开此文件时发现的问题（“biaozhu verify”可按历史校验此文件）：</translation>
    </message>
</context>
<context>
    <name>HistoryCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/event_names.py" line="26"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/event_names.py" line="29"/>
        <source>%n new document(s)</source>
        <translation>
            <numerusform>%n 篇新文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/event_names.py" line="32"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 处冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/event_names.py" line="35"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 篇文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/event_names.py" line="38"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="665"/>
        <source>History of span %1 — %2</source>
        <translation>片段 %1 的历史 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="667"/>
        <source>History of %1 — %2</source>
        <translation>%1 的历史 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="570"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="571"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="572"/>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="573"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="574"/>
        <source>Before → after</source>
        <translation>之前 → 之后</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="575"/>
        <source>Source suggestion</source>
        <translation>来源建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="576"/>
        <source>Merged from</source>
        <translation>合并自</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="577"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="580"/>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="581"/>
        <source>suggestion %1 (no longer stored)</source>
        <translation>建议 %1（已不再保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="582"/>
        <source>suggestion %1: %2</source>
        <translation>建议 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="583"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="584"/>
        <source>version %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="585"/>
        <source>all documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="588"/>
        <source>The document whose history is shown (Ctrl+L); empty, and Enter: the whole project&apos;s history</source>
        <translation>显示其历史的文档（Ctrl+L）；清空后按回车：整个项目的历史</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="592"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="593"/>
        <source>t&amp;o</source>
        <translation>到(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="594"/>
        <source>Ne&amp;west first</source>
        <translation>最新的在前(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="600"/>
        <source>Span history</source>
        <translation>片段历史</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="603"/>
        <source>The history of the selected event&apos;s span and of the suggestion and spans it came from, in its own window (Ctrl+Shift+H)</source>
        <translation>在单独的窗口中显示所选事件的片段及其来源建议和来源片段的历史（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="607"/>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="609"/>
        <source>Show the selected event&apos;s document and span in the main window (Ctrl+G)</source>
        <translation>在主窗口中显示所选事件的文档和片段（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="611"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="614"/>
        <source>Write the events shown (every one the filters select) as the history&apos;s audit CSV, the same as the command line writes (Ctrl+E)</source>
        <translation>将显示的事件（筛选条件选中的全部事件）写成历史的审计 CSV，与命令行写出的相同（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="620"/>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="620"/>
        <source>A&amp;nnotator:</source>
        <translation>标注员(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="620"/>
        <source>Ac&amp;tion:</source>
        <translation>操作(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="721"/>
        <source>Choose an event: its document is shown here.</source>
        <translation>选择一个事件：这里显示它所属的文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="723"/>
        <source>%1: press “Show as of…” to draw it as of the chosen event.</source>
        <translation>%1：按“显示当时状态…”，显示它在所选事件之后的状态。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/history_view.py" line="867"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/history_view.py" line="869"/>
        <source>%n event(s) read so far; more as you scroll</source>
        <translation>
            <numerusform>已读取 %n 个事件；滚动时读取更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/history_view.py" line="872"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 / %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/history_view.py" line="971"/>
        <source>%1 (%n span(s))</source>
        <translation>
            <numerusform>%1（%n 个片段）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="980"/>
        <source>%1 as of event #%2</source>
        <translation>%1 在事件 #%2 时的状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="1023"/>
        <source>Select an event about a span first.</source>
        <translation>请先选择一个涉及片段的事件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="1036"/>
        <source>Export the history as CSV</source>
        <translation>将历史导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="1038"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="1054"/>
        <source>The history is being written already; wait for it to finish.</source>
        <translation>历史正在写出；请等待完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="1074"/>
        <source>Writing the history to %1…</source>
        <translation>正在将历史写入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/history_view.py" line="1081"/>
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个事件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="1098"/>
        <source>Select an event about a document first.</source>
        <translation>请先选择一个涉及文档的事件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="596"/>
        <source>Show as of…</source>
        <translation>显示当时状态…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="595"/>
        <source>The latest events at the top</source>
        <translation>最新的事件排在最上面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="598"/>
        <source>Draw the document as it stood right after the selected event</source>
        <translation>显示所选事件刚发生后的文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="726"/>
        <source>Select an event and press “Show as of…”.</source>
        <translation>选择一个事件，然后按“显示当时状态…”。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="663"/>
        <source>History of the project — %2</source>
        <translation>项目的历史 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="648"/>
        <location filename="../../desktop/gui/review/history_view.py" line="779"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="956"/>
        <source>Event #%1 is about no document.</source>
        <translation>事件 #%1 不涉及任何文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="980"/>
        <source>As of event #%1</source>
        <translation>事件 #%1 时的状态</translation>
    </message>
</context>
<context>
    <name>Host</name>
    <message>
        <location filename="../../desktop/gui/host.py" line="108"/>
        <source>it is no longer in the project: another program or window changed this document meanwhile</source>
        <translation>它已不在项目中：另一个程序或窗口在此期间修改了这篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/host.py" line="117"/>
        <source>another program or window changed it meanwhile, and undoing it now would undo that change too</source>
        <translation>另一个程序或窗口在此期间修改了它，现在撤销会连同那次修改一起撤回</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/host.py" line="454"/>
        <source>not saved: an earlier change could not be saved</source>
        <translation>未保存：之前的一项修改未能保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/host.py" line="520"/>
        <source>changes from now on</source>
        <translation>此后的修改</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="54"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="137"/>
        <source>Labels the files added to the project: %1.</source>
        <translation>文件为项目新增的标签：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="57"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="57"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="122"/>
        <source>No document was imported.</source>
        <translation>没有导入任何文档。</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="51"/>
        <source>brat standoff folder (.txt + .ann per document)</source>
        <translation>brat 标注文件夹（每篇文档一个 .txt 和一个 .ann）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="52"/>
        <source>CLUENER JSON lines</source>
        <translation>CLUENER 格式（JSONL）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="53"/>
        <source>character-level CoNLL, IOB2 tags</source>
        <translation>逐字 CoNLL，IOB2 标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="54"/>
        <source>a CSV table of articles with a text column</source>
        <translation>文章的 CSV 表格（含正文列）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="55"/>
        <source>doccano sequence labelling JSONL</source>
        <translation>doccano 序列标注 JSONL</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="56"/>
        <source>Word document (DOCX), text only</source>
        <translation>Word 文档（DOCX），仅正文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="57"/>
        <source>Hugging Face datasets folder (load_from_disk)</source>
        <translation>Hugging Face 数据集文件夹（load_from_disk）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="58"/>
        <source>exchange format JSONL (Prodigy spans)</source>
        <translation>交换格式 JSONL（Prodigy 片段）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="59"/>
        <source>Label Studio tasks</source>
        <translation>Label Studio 任务</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="60"/>
        <source>PDF text layer, text only</source>
        <translation>PDF 文本层，仅正文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="61"/>
        <source>Prodigy span JSONL</source>
        <translation>Prodigy 片段 JSONL</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="62"/>
        <source>spaCy DocBin</source>
        <translation>spaCy DocBin</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="63"/>
        <source>plain text (txt), one article per file</source>
        <translation>纯文本（txt），每个文件一篇文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="106"/>
        <source>%1 more</source>
        <translation>另 %1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="108"/>
        <source>Left unread, a kind Biaozhu does not read (the report says why): %1</source>
        <translation>不读取（Biaozhu 不读取此类文件，原因见导入报告）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="125"/>
        <source>Import options</source>
        <translation>导入选项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="141"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="144"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="156"/>
        <source>Clean the &amp;layout (PDF, DOCX, newspaper text)</source>
        <translation>清理版式(&amp;L)（PDF、DOCX、报纸文本）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="160"/>
        <source>Removes the spaces a layout puts between Chinese characters and joins lines broken inside a sentence; the text as it was is kept beside it.</source>
        <translation>去掉排版在汉字之间加入的空格，并接上句子中间断开的行；原来的文本另行保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="172"/>
        <source>Detect from the file</source>
        <translation>根据文件识别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="184"/>
        <source>Detect from the bytes</source>
        <translation>根据字节识别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="199"/>
        <source>Spans of labelled files</source>
        <translation>已标注文件中的片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="204"/>
        <source>Finished &amp;gold: the documents are marked done</source>
        <translation>作为金标准(&amp;G)：文档标为已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="208"/>
        <source>Spans to &amp;review: the documents stay to do</source>
        <translation>作为待审片段(&amp;R)：文档保持待标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="224"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="253"/>
        <source>“%1” is not an encoding (try gb18030, big5, UTF-16).</source>
        <translation>“%1”不是文本编码（可试 gb18030、big5、UTF-16）。</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="79"/>
        <source>%n new document(s) added, with %1.</source>
        <translation>
            <numerusform>新增文档 %n 篇，含%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="80"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>片段 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="84"/>
        <source>%n new document(s) added.</source>
        <translation>
            <numerusform>新增文档 %n 篇。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="88"/>
        <source>%n document(s) already in the project (the same text) were not imported again.</source>
        <translation>
            <numerusform>%n 篇文档已在项目中（文本相同），未再次导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="97"/>
        <source>%n new document(s) got another id: the id in the file names another article of the project.</source>
        <translation>
            <numerusform>%n 篇新文档换了编号：文件中的编号在本项目里已属于另一篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="107"/>
        <source>Your annotations were added to %n document(s) already in the project</source>
        <translation>
            <numerusform>你的标注已加入项目中已有的 %n 篇文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="111"/>
        <source> (%n span(s)).</source>
        <translation>
            <numerusform>（%n 个片段）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="116"/>
        <source>%n document(s) were left as they are: you have annotations in them already.</source>
        <translation>
            <numerusform>%n 篇文档保持原样：你在其中已有标注。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="125"/>
        <source>%n file(s) could not be imported (listed below).</source>
        <translation>
            <numerusform>%n 个文件无法导入（见下表）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="130"/>
        <source>%n file(s) were left unread (listed below).</source>
        <translation>
            <numerusform>%n 个文件未读取（见下表）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="134"/>
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>导入了 %n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="136"/>
        <source>a layer added to %n document(s)</source>
        <translation>
            <numerusform>为 %n 个文档添加了一层标注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="115"/>
        <source>Importing files</source>
        <translation>正在导入文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="119"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="139"/>
        <source>Import cancelled: %1 from the files read before it; importing the same files again brings the rest.</source>
        <translation>导入已取消：取消前读完的文件中%1；再次导入同样的文件会导入其余的。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="316"/>
        <source>Suggestions are up to date.</source>
        <translation>建议已更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="181"/>
        <source>Suggesting cancelled.</source>
        <translation>已取消生成建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="131"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>导入已取消；没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="137"/>
        <source>%1 and %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="177"/>
        <location filename="../../desktop/gui/jobs.py" line="241"/>
        <source>Computing suggestions</source>
        <translation>正在生成建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="182"/>
        <location filename="../../desktop/gui/jobs.py" line="246"/>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="226"/>
        <source>Documents imported before this window opened got their suggestions.</source>
        <translation>本窗口打开前导入的文档已生成建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="319"/>
        <source>Suggestions: %1, %2.</source>
        <translation>建议：%1，%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="345"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="404"/>
        <source>Merge finished.</source>
        <translation>合并完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="406"/>
        <source>Merge finished: nothing new.</source>
        <translation>合并完成：没有新内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="411"/>
        <source>Merge cancelled; files merged before it stay merged.</source>
        <translation>合并已取消；之前已合并的文件保持合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="416"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="422"/>
        <source>Merging projects</source>
        <translation>正在合并项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="453"/>
        <location filename="../../desktop/gui/mainwindow.py" line="1323"/>
        <source>Suggester %1 trained; it is now the active one.</source>
        <translation>建议模型 %1 已训练完成，现已启用。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="455"/>
        <source>Suggester %1 trained and stored, not made active: there was nothing to compare it with.</source>
        <translation>建议模型 %1 已训练并保存，但未启用：没有可比较的对象。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="461"/>
        <source>Suggester %1 trained and stored, not made active: it measured cheaper than the bundled model, but within the noise of so few documents.</source>
        <translation>建议模型 %1 已训练并保存，但未启用：测评显示它比内置模型更省事，但差距在这么少文档的噪声之内。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="467"/>
        <source>Suggester %1 trained and stored, not made active: it measured as cheap as the suggester in use, and a tie keeps the one in use.</source>
        <translation>建议模型 %1 已训练并保存，但未启用：测评显示它与正在使用的建议模型一样省事，打平时保留正在使用的那个。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="473"/>
        <source>Suggester %1 trained and stored, not made active: it could not be scored.</source>
        <translation>建议模型 %1 已训练并保存，但未启用：无法为它打分。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="477"/>
        <source>Suggester %1 trained and stored, not made active: it measured no better.</source>
        <translation>建议模型 %1 已训练并保存，但未启用：它的测评并不更好。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="495"/>
        <source>Training the suggester</source>
        <translation>正在训练建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="499"/>
        <source>Training cancelled; nothing was stored.</source>
        <translation>训练已取消；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="501"/>
        <source>Train suggester</source>
        <translation>训练建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="524"/>
        <source>Ordering the to-do documents by uncertainty</source>
        <translation>正在按不确定度排序待办文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="529"/>
        <source>Ordering</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="550"/>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="562"/>
        <source>Indexing the texts for search</source>
        <translation>为搜索建立全文索引</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../desktop/gui/launch.py" line="121"/>
        <source>The last project, %1, could not be opened: %2
The sample project is open instead.</source>
        <translation>上次的项目 %1 无法打开：%2
已改为打开示例项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/launch.py" line="127"/>
        <source>Last project not opened</source>
        <translation>上次的项目未能打开</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/launch.py" line="147"/>
        <source>%1: no such project file (biaozhu new %1 makes one)</source>
        <translation>%1: 没有这个项目文件（biaozhu new %1 可新建一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/launch.py" line="156"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 无法打开：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="346"/>
        <source>Loading word list…</source>
        <translation>正在加载分词词典…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="367"/>
        <source>Word boundaries ready</source>
        <translation>分词就绪</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="387"/>
        <location filename="../../desktop/gui/mainwindow.py" line="1609"/>
        <source>Annotator: %1</source>
        <translation>标注员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="412"/>
        <source>Checking the history…</source>
        <translation>正在校验历史…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="435"/>
        <source>History check failed: %1</source>
        <translation>历史校验未通过：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="441"/>
        <source>History checked: the file matches it.</source>
        <translation>历史已校验：文件与之相符。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="449"/>
        <source>The history could not be checked: %1</source>
        <translation>无法校验历史：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="688"/>
        <source>The hotkey %1 of label %2 is already used; choose it from the Annotate menu.</source>
        <translation>标签 %2 的快捷键 %1 已被占用；请从“标注”菜单选择该标签。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="718"/>
        <source>Not saving: read-only</source>
        <translation>未保存：只读</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="720"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="722"/>
        <source>All changes saved</source>
        <translation>所有修改均已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="733"/>
        <source>Waiting %1 s for this window&apos;s background task (%2) to finish writing…</source>
        <translation>已等待 %1 秒，等本窗口的后台任务（%2）写完…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="740"/>
        <source>Waiting %1 s for this window&apos;s background task to finish writing…</source>
        <translation>已等待 %1 秒，等本窗口的后台任务写完…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="744"/>
        <source>Waiting %1 s for another window of Biaozhu to finish writing…</source>
        <translation>已等待 %1 秒，等标注的另一个窗口写完…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="748"/>
        <source>Waiting %1 s for another program to finish writing…</source>
        <translation>已等待 %1 秒，等另一个程序写完…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="761"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="762"/>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="766"/>
        <source>The window shows what it had saved and changes nothing more: Retry opens the file now at the project&apos;s place.</source>
        <translation>窗口显示它已保存的内容，不再做任何修改：点“重试”将打开现在位于项目位置的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="774"/>
        <source>The window shows the project as the file holds it and changes nothing until the file can be written again: Retry when the cause is gone.</source>
        <translation>窗口按文件中的实际内容显示项目；在文件可以重新写入之前不做任何改动。原因消除后请点“重试”。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="782"/>
        <source>The window shows the project as the file holds it.</source>
        <translation>窗口按文件中的实际内容显示项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="803"/>
        <source>Changes not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="847"/>
        <source>The project can be written again.</source>
        <translation>项目可以重新写入了。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="852"/>
        <source>Still not writable: %1</source>
        <translation>仍然无法写入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="872"/>
        <source>Nothing to undo in this document.</source>
        <translation>本文档中没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="874"/>
        <source>Nothing to redo in this document.</source>
        <translation>本文档中没有可重做的操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="881"/>
        <source>No label has the key %1: %2.</source>
        <translation>没有标签使用按键 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="930"/>
        <source>This is the last document.</source>
        <translation>已是最后一篇文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="934"/>
        <source>This is the first document.</source>
        <translation>已是第一篇文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="962"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="972"/>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1067"/>
        <source>Nothing is searched: / to search.</source>
        <translation>当前没有搜索：按 / 搜索。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1088"/>
        <source>No more hits.</source>
        <translation>没有更多结果了。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1100"/>
        <location filename="../../desktop/gui/mainwindow.py" line="1116"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1102"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1121"/>
        <location filename="../../desktop/gui/mainwindow.py" line="1131"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1143"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1148"/>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1155"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="71"/>
        <source>Texts and annotations</source>
        <translation>文本和标注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/mainwindow.py" line="826"/>
        <source>%n change(s) another program changed can no longer be undone: %1</source>
        <translation>
            <numerusform>另一个程序修改过的 %n 项修改已无法撤销：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1163"/>
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1192"/>
        <source>Merge projects</source>
        <translation>合并项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1263"/>
        <location filename="../../desktop/gui/mainwindow.py" line="1274"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1302"/>
        <source>This document is done: Ctrl+D reopens it to show its suggestions.</source>
        <translation>本文档已完成：按 Ctrl+D 重新打开，即可显示其建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1352"/>
        <source>Choose the suggester</source>
        <translation>选择建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1355"/>
        <source>The bundled model suggests again.</source>
        <translation>已改回由内置模型提供建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1358"/>
        <source>Suggester %1 is now the active one.</source>
        <translation>建议模型 %1 现已启用。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1403"/>
        <source>Spans may now overlap in this project.</source>
        <translation>本项目中的片段现在可以重叠。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1405"/>
        <source>Spans may no longer overlap in this project.</source>
        <translation>本项目中的片段不再允许重叠。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1412"/>
        <source>Overlapping spans</source>
        <translation>片段重叠</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1549"/>
        <source>Focus a span first.</source>
        <translation>请先选中一个片段。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1561"/>
        <source>No one has decided on %1 yet: a suggestion has a history once it is accepted, rejected or offered</source>
        <translation>还没有人对%1做出决定：建议被接受、拒绝或提供后才有历史</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1585"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1269"/>
        <source>Backup %1 restored; the state before it is saved as %2.</source>
        <translation>已恢复备份 %1；恢复前的状态已另存为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1427"/>
        <source>Documents in project order.</source>
        <translation>文档按项目顺序排列。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1443"/>
        <source>To-do documents ordered by uncertainty, least sure first.</source>
        <translation>待办文档已按不确定度排序，最不确定的在前。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/messages.py" line="28"/>
        <source>About Biaozhu</source>
        <translation>关于标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/messages.py" line="31"/>
        <source>&lt;h3&gt;标注 Biaozhu %1&lt;/h3&gt;&lt;p&gt;Curation of span annotations in Chinese economic news. Every decision is saved at once; the history is append-only and verifiable.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;标注 Biaozhu %1&lt;/h3&gt;&lt;p&gt;中文经济新闻片段标注的审校工具。每个决定都立即保存；历史记录只增不改，可以校验。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/gui/menus.py" line="145"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="146"/>
        <source>Open &amp;recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="147"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="148"/>
        <source>&amp;Navigate</source>
        <translation>浏览(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="149"/>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="150"/>
        <source>&amp;Boundaries</source>
        <translation>边界(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="151"/>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="152"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="153"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="154"/>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="155"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="161"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="162"/>
        <source>Moving around</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="163"/>
        <source>Deciding</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="164"/>
        <source>Labels (accept as, relabel, or label a selection)</source>
        <translation>标签（以该标签接受、改标签，或标注选中文字）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="165"/>
        <source>Boundaries of the focused span</source>
        <translation>当前片段的边界</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="166"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="167"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="168"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="70"/>
        <source>%1: nothing new (%2 events already here).</source>
        <translation>%1：没有新内容（已有 %2 个事件）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="97"/>
        <source>layers taken from the other file: %1; kept here: %2</source>
        <translation>采用对方文件的标注层：%1；保留本地的：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="111"/>
        <source>labels added: %1</source>
        <translation>新增标签：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="116"/>
        <source>annotators added: %1</source>
        <translation>新增标注员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="131"/>
        <source>Merge finished</source>
        <translation>合并完成</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="30"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="33"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="42"/>
        <source>Show label &amp;names on spans</source>
        <translation>在片段上显示标签名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="56"/>
        <source>Interface &amp;language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="57"/>
        <source>Article &amp;font size</source>
        <translation>正文字号(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="46"/>
        <source>The language changes at once, without a restart.</source>
        <translation>界面语言立即切换，无需重启。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/file_choosers.py" line="42"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/file_choosers.py" line="43"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../../desktop/gui/quoting.py" line="29"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="34"/>
        <source>%n new document(s), %2 matched</source>
        <translation>
            <numerusform>新文档 %n 篇，已匹配 %2 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="37"/>
        <source>%n event(s) appended, %2 already here</source>
        <translation>
            <numerusform>追加事件 %n 个，已有 %2 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="40"/>
        <source>%n span(s) added, %2 removed</source>
        <translation>
            <numerusform>新增片段 %n 个，删除 %2 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="43"/>
        <source>%n suggestion(s) and %2 brought in</source>
        <translation>
            <numerusform>带入建议 %n 条、%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="46"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>决定 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="49"/>
        <source>%n document status(es) moved on</source>
        <translation>
            <numerusform>%n 篇文档的状态已推进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="52"/>
        <source>%n conflict(s) left for a reviewer (Review → Compare &amp; adjudicate)</source>
        <translation>
            <numerusform>%n 处冲突留待审核员处理（审核 → 比较与裁决）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="56"/>
        <source>%1 actions per gold span against %2 for %3 on %n held-out document(s).</source>
        <translation>
            <numerusform>在 %n 篇留出文档上，每个金标准片段 %1 次操作，%3为 %2 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/reports.py" line="61"/>
        <source>Trained %1 on %n gold document(s): %3 characters, %4 spans (%5) in %6 s.</source>
        <translation>
            <numerusform>已用 %n 篇金标准文档训练 %1：%3 个字符，%4 个片段（%5），耗时 %6 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../desktop/gui/review/common.py" line="125"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="335"/>
        <source>Review — %1</source>
        <translation>审核 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="339"/>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="340"/>
        <source>different label</source>
        <translation>标签不同</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="341"/>
        <source>different boundary</source>
        <translation>边界不同</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="342"/>
        <source>only left</source>
        <translation>仅左侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="343"/>
        <source>only right</source>
        <translation>仅右侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="367"/>
        <source>Left:</source>
        <translation>左侧：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="368"/>
        <source>Right:</source>
        <translation>右侧：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="369"/>
        <source>Keep current layer</source>
        <translation>保留当前标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="370"/>
        <source>Take incoming spans</source>
        <translation>采用传入的片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="350"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="344"/>
        <source>added since the conflict</source>
        <translation>冲突后新增</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="345"/>
        <source>removed since the conflict</source>
        <translation>冲突后删除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="346"/>
        <source>changed since the conflict</source>
        <translation>冲突后修改</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="351"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="352"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="353"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="354"/>
        <source>Settled</source>
        <translation>已裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="359"/>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="360"/>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="361"/>
        <source>both</source>
        <translation>两者</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="362"/>
        <source>neither</source>
        <translation>都不要</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="363"/>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="366"/>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="371"/>
        <source>Show agreements</source>
        <translation>显示一致项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="374"/>
        <source>Take left (L)</source>
        <translation>采用左侧 (L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="375"/>
        <source>Take right (R)</source>
        <translation>采用右侧 (R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="376"/>
        <source>Both (B)</source>
        <translation>两者 (B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="377"/>
        <source>Neither (N)</source>
        <translation>都不要 (N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="378"/>
        <source>Accept all agreements (Shift+Y)</source>
        <translation>接受全部一致项 (Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="379"/>
        <source>Previous (K/↑)</source>
        <translation>上一个 (K/↑)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="380"/>
        <source>Next (J/↓)</source>
        <translation>下一个 (J/↓)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="381"/>
        <source>Mark document done / reopen (Ctrl+D)</source>
        <translation>标记文档完成 / 重新打开 (Ctrl+D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="449"/>
        <source>%1 of %n difference(s) left</source>
        <translation>
            <numerusform>%n 处差异中还剩 %1 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="453"/>
        <source>%n difference(s), all settled</source>
        <translation>
            <numerusform>%n 处差异，均已处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="455"/>
        <source>annotators agree</source>
        <translation>标注者一致</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="457"/>
        <source>adjudicated</source>
        <translation>已裁决</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="519"/>
        <source>%1 worked on this layer since the merge raised conflict #%2 (%n span(s) added, %3 removed): taking the incoming spans leaves that work as it is.</source>
        <translation>
            <numerusform>合并提出冲突 #%2 以来，%1 在此层上又做了修改（新增 %n 个标注，删除 %3 个）：采用传入标注不会改动这些修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="534"/>
        <source>%n merge conflict(s) on this document: choose one as a layer to compare it with the annotator&apos;s current work.</source>
        <translation>
            <numerusform>本文有 %n 个合并冲突：选择其中一个作为对比层，与该标注员当前的标注比较。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="552"/>
        <source>%1 (%2, %n span(s))</source>
        <translation>
            <numerusform>%1（%2，%n 个片段）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="556"/>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="560"/>
        <source>Gold / adjudicated (%1)</source>
        <translation>金标准 / 裁决结果（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="562"/>
        <source>Gold / adjudicated (none yet)</source>
        <translation>金标准 / 裁决结果（尚无）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="566"/>
        <source>Merge conflict #%1: %2 from %3</source>
        <translation>合并冲突 #%1：%2，来自 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="717"/>
        <source>%1 of %n difference(s) settled</source>
        <translation>
            <numerusform>已裁决 %1 / %n 处差异</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="778"/>
        <source>%1: %n span(s) added, %3 removed.</source>
        <translation>
            <numerusform>%1：添加 %n 个片段，删除 %3 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="807"/>
        <source>Agreements accepted (%1): %n span(s) added, %3 removed.</source>
        <translation>
            <numerusform>已接受一致项（%1）：添加 %n 个片段，删除 %3 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="871"/>
        <source>Document reopened: %n suggestion(s) that marking it done rejected are pending again.</source>
        <translation>
            <numerusform>文档已重新打开：标记完成时记为拒绝的 %n 条建议重新变为待定。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="878"/>
        <source>Document reopened.</source>
        <translation>文档已重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="428"/>
        <source>%1 is not a reviewer: the differences can be compared but not adjudicated (Review → Roles makes someone a reviewer).</source>
        <translation>%1 不是审核员：可以比较差异，但不能裁决（在“审核 → 角色”中可以指定审核员）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="723"/>
        <source>%n agreement(s) to take (Shift+Y)</source>
        <translation>
            <numerusform>%n 处一致待采纳（Shift+Y）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="725"/>
        <source>%n agreement(s) taken</source>
        <translation>
            <numerusform>%n 处一致已采纳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="727"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="729"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n 处一致</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="734"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="789"/>
        <source>Both: the two spans overlap, and this project keeps one span per place (Annotate → Allow overlapping spans changes that); take left (L), right (R) or neither (N).</source>
        <translation>两者：两个片段重叠，而本项目同一处只保留一个片段（标注 → 本项目允许片段重叠 可以改变）；请采用左侧 (L)、右侧 (R) 或都不要 (N)。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="816"/>
        <source>Every difference is settled: the document is done for %1, and the adjudicated layer is its gold.</source>
        <translation>所有差异都已裁决：该文档对 %1 已完成，裁决结果即为金标准。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="821"/>
        <source>Every difference is settled, but the document was not marked done: %n pending suggestion(s) came after this view was shown (another program suggested the document). Ctrl+D marks it done, rejecting them too.</source>
        <translation>
            <numerusform>每处差异都已处理，但文档未标记完成：本视图显示之后又来了 %n 条待定建议（另一个程序为本文给出了建议）。按 Ctrl+D 标记完成，并把它们也记为拒绝。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="853"/>
        <source>Not marked done: %n pending suggestion(s) came after this view was shown (another program suggested the document). Ctrl+D again marks it done, rejecting them too.</source>
        <translation>
            <numerusform>未标记完成：本视图显示之后又来了 %n 条待定建议（另一个程序为本文给出了建议）。再按 Ctrl+D 标记完成，并把它们也记为拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="867"/>
        <source>Document marked done.</source>
        <translation>文档已标记完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="902"/>
        <source>Merge conflict resolved.</source>
        <translation>合并冲突已解决。</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="57"/>
        <source>Roles — %1</source>
        <translation>角色 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="60"/>
        <source>Reviewers compare annotators and adjudicate (Review → Compare); a reviewer&apos;s finished layer is the document&apos;s gold. Each change is saved at once and recorded in the history.</source>
        <translation>审核员比较各标注员的标注并作出裁决（审核 → 比较与裁决）；审核员完成的标注即为该文档的金标准。每次修改都会立即保存，并记入历史。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="69"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="69"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="79"/>
        <source>name of someone new</source>
        <translation>新人员的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="81"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="146"/>
        <location filename="../../desktop/gui/review/roles.py" line="172"/>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="154"/>
        <source>Type the new person&apos;s name first.</source>
        <translation>请先输入新人员的名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="159"/>
        <source>%1 is already here: choose the role in the list.</source>
        <translation>%1 已在列表中：请在列表里选择角色。</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="18"/>
        <source>a firm&apos;s act follows</source>
        <translation>后接企业行为</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="19"/>
        <source>an airline</source>
        <translation>航空公司</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="20"/>
        <source>a short name it is given</source>
        <translation>所给简称</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="21"/>
        <source>a listed firm&apos;s headline</source>
        <translation>上市公司公告标题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="22"/>
        <source>a bank&apos;s name</source>
        <translation>银行名称</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="23"/>
        <source>a borrower</source>
        <translation>授信对象</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="24"/>
        <source>a stock code</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="25"/>
        <source>a coined name where firms act</source>
        <translation>企业语境中的自造名称</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="26"/>
        <source>a list closed by a count</source>
        <translation>以计数收尾的列举</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="27"/>
        <source>a stake in it</source>
        <translation>股权对象</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="28"/>
        <source>a company or group ending</source>
        <translation>公司、集团等后缀</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="29"/>
        <source>a shareholder in a headline</source>
        <translation>标题中的股东</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="30"/>
        <source>named as the leading firm</source>
        <translation>作为龙头的企业</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="31"/>
        <source>a legal form</source>
        <translation>法定组织形式</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="32"/>
        <source>a listed firm&apos;s trading</source>
        <translation>上市公司交易</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="33"/>
        <source>a stock&apos;s move</source>
        <translation>股价变动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="34"/>
        <source>an officer&apos;s title follows</source>
        <translation>后接高管职务</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="35"/>
        <source>a subsidiary</source>
        <translation>子公司</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="36"/>
        <source>a party to a project</source>
        <translation>项目参与方</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="37"/>
        <source>a project named by its firm</source>
        <translation>以企业命名的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="38"/>
        <source>a member of a list of projects</source>
        <translation>项目列表成员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="39"/>
        <source>a brand and its trade</source>
        <translation>品牌加行业词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="40"/>
        <source>a party to a signing</source>
        <translation>签约方</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="41"/>
        <source>its staff follow</source>
        <translation>后接员工</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="42"/>
        <source>a stock&apos;s mark (ST)</source>
        <translation>股票标记（ST）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="43"/>
        <source>a group&apos;s subsidiary or branch, named after it</source>
        <translation>以集团名开头的子公司或分支机构</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="45"/>
        <source>a known name</source>
        <translation>已知名称</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="46"/>
        <source>a known name opening its facility&apos;s name</source>
        <translation>已知名称，后接其项目或工厂名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="47"/>
        <source>a list member a known name opens</source>
        <translation>以已知名称开头的列举项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="49"/>
        <source>the words before a company word</source>
        <translation>公司类词语前的词（如“…公司”“…集团”）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="50"/>
        <source>a run of characters no word holds</source>
        <translation>词典外的连续单字（品牌形态）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="51"/>
        <source>a member of a list</source>
        <translation>列举成员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="52"/>
        <source>named earlier in the text</source>
        <translation>前文已出现</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="54"/>
        <source>articles named by their purpose</source>
        <translation>以目的命名的措施</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="55"/>
        <source>a document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="56"/>
        <source>a campaign named by its years (三年行动)</source>
        <translation>以年限命名的行动（三年行动）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="57"/>
        <source>listed beside a policy</source>
        <translation>与政策并列</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="58"/>
        <source>a policy&apos;s head noun</source>
        <translation>政策中心词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="59"/>
        <source>a policy verb before it</source>
        <translation>前接政策动词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="60"/>
        <source>a law</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="61"/>
        <source>a new policy (…新政)</source>
        <translation>新政（…新政）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="62"/>
        <source>a programme&apos;s number</source>
        <translation>工程编号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="63"/>
        <source>a quote and its articles</source>
        <translation>引号名称+措施</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="64"/>
        <source>a quote and its head noun</source>
        <translation>引号名称+中心词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="65"/>
        <source>quoted articles</source>
        <translation>引号中的措施</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="66"/>
        <source>a quoted campaign year</source>
        <translation>引号中的活动年</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="67"/>
        <source>a quote where policies are named</source>
        <translation>政策语境中的引号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="68"/>
        <source>a quoted document</source>
        <translation>引号中的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="69"/>
        <source>a quoted model</source>
        <translation>引号中的模式</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="70"/>
        <source>a quoted system (…制)</source>
        <translation>引号中的制度（…制）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="71"/>
        <source>a quoted policy</source>
        <translation>引号中的政策</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="72"/>
        <source>a quoted formula of parallel phrases</source>
        <translation>引号中的排比提法</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="73"/>
        <source>a revised instrument (新…)</source>
        <translation>修订后的制度（新…）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="74"/>
        <source>parallel phrases and their head noun</source>
        <translation>排比提法及其中心词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="75"/>
        <source>a title in 《》</source>
        <translation>书名号标题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="76"/>
        <source>a document&apos;s title line</source>
        <translation>文件标题行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="77"/>
        <source>an issued document&apos;s title</source>
        <translation>所发文件标题</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="50"/>
        <source>select text, then 1–9</source>
        <translation>选中文字后按 1–9</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="51"/>
        <source>New span from a mouse or Shift+arrow selection</source>
        <translation>用鼠标或 Shift+方向键选中文字，新建片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="64"/>
        <source>The keys work wherever the focus is in the window, except that letters and digits type text in the search box and the attribute editor (Esc returns to the article).</source>
        <translation>无论焦点在窗口何处，这些键都有效；只是在搜索框和属性编辑器中，字母和数字用于输入文字（按 Esc 回到正文）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="84"/>
        <source>Accepting or rejecting moves to the next pending suggestion, so a document of right suggestions is A A A … then Ctrl+D.</source>
        <translation>接受或拒绝后会跳到下一个待定建议：建议都正确时，只需连按 A A A …，最后按 Ctrl+D。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="99"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>SpanPanel</name>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="142"/>
        <source>No span focused.</source>
        <translation>没有选中片段。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="146"/>
        <source>Edit, then Enter or Tab: saved at once.</source>
        <translation>编辑后按回车或 Tab：立即保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="148"/>
        <source>Suggested attributes; accept the span (A) to edit them.</source>
        <translation>建议的属性；接受片段（A）后可编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="195"/>
        <source>in base units, e.g. 93240000000 or 932.4亿</source>
        <translation>以基本单位计，如 93240000000 或 932.4亿</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="144"/>
        <source>%1 spans have no attributes.</source>
        <translation>%1 片段没有属性。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="169"/>
        <source>“%1” is not a number; the value stays %2. Type digits (93240000000, 9.324e10) or a number with its scale (932.4亿).</source>
        <translation>“%1”不是数字，数值仍为 %2。请输入数字（93240000000、9.324e10）或带数量级的数（932.4亿）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="190"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="140"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="141"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="142"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="143"/>
        <source>Approx.</source>
        <translation>约数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="144"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="193"/>
        <source>e.g. 工业营收</source>
        <translation>例如 工业营收</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="197"/>
        <source>e.g. 2024</source>
        <translation>例如 2024</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="348"/>
        <source>%1 gold · %2 pending</source>
        <translation>金标准 %1 · 待定 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="386"/>
        <source>Show rejected</source>
        <translation>显示已拒绝</translation>
    </message>
</context>
<context>
    <name>Spans</name>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="21"/>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="30"/>
        <source>gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="22"/>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="31"/>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="23"/>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="32"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="135"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="136"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="137"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="138"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="139"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="140"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="32"/>
        <source>added by hand</source>
        <translation>手工添加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="33"/>
        <source>accepted suggestion</source>
        <translation>已接受的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="34"/>
        <source>corrected suggestion</source>
        <translation>修正后接受的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="35"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="36"/>
        <source>adjudicated</source>
        <translation>裁决结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="37"/>
        <source>merged</source>
        <translation>合并而来</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="112"/>
        <source>suggested by %1</source>
        <translation>由%1建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="70"/>
        <source>score %1 (calibrated probability that it is right)</source>
        <translation>分数 %1（经校准的正确概率）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="76"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="104"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="106"/>
        <source>the same name accepted elsewhere</source>
        <translation>他处已接受的同名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="121"/>
        <source>accepted name</source>
        <translation>他处已接受的同名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="134"/>
        <source> (rule: %1)</source>
        <translation>（规则：%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="135"/>
        <source>candidate sources: %1</source>
        <translation>候选来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="131"/>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="100"/>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="110"/>
        <location filename="../../desktop/gui/mainwindow.py" line="877"/>
        <location filename="../../desktop/gui/rule_titles.py" line="89"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SuggestWords</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="320"/>
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="321"/>
        <source>%n removed</source>
        <translation>
            <numerusform>移除 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="325"/>
        <source>%n to review in these documents.</source>
        <translation>
            <numerusform>这些文档中待审 %n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="329"/>
        <source>%1 %2: %3 accepted, %4 rejected in this project, so scored down (%5 → %6); %n suggestion(s) held below the threshold.</source>
        <translation>
            <numerusform>%1 %2：本项目中接受 %3 条、拒绝 %4 条，因此评分调低（%5 → %6）；%n 条建议低于阈值，未显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggesterModels</name>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="52"/>
        <source>Suggester models</source>
        <translation>建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="65"/>
        <source>Stored &amp;models:</source>
        <translation>已保存的模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="68"/>
        <source>Make &amp;active</source>
        <translation>设为启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="72"/>
        <source>Use the &amp;bundled model</source>
        <translation>改用内置模型(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="110"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="111"/>
        <source>Trained (UTC)</source>
        <translation>训练时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="112"/>
        <source>Gold documents</source>
        <translation>金标准文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="113"/>
        <source>Actions per gold span</source>
        <translation>每个金标准片段的操作数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="114"/>
        <source>F1 %1</source>
        <translation>%1 F1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="115"/>
        <source>Suggests</source>
        <translation>提供建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="142"/>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="144"/>
        <source>unreadable by this version</source>
        <translation>本版本无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="166"/>
        <source>Suggesting now: %1, an adapter of the bundled model learned from this project.</source>
        <translation>当前提供建议的是：%1，内置模型的适配器，从本项目学得。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="172"/>
        <source>Suggesting now: %1, learned from this project.</source>
        <translation>当前提供建议的是：%1，从本项目学得。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="179"/>
        <source>Suggesting now: the rules alone.</source>
        <translation>当前只由规则提供建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="181"/>
        <source>Suggesting now: the bundled model (%1).</source>
        <translation>当前提供建议的是：内置模型（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="185"/>
        <source>No model is stored yet: Tools → Train suggester trains one on the gold.</source>
        <translation>尚未保存任何模型：用“工具 → 训练建议模型”在金标准上训练一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="225"/>
        <source>%1 is now the active model; the suggestions are being computed again with it.</source>
        <translation>%1 现已启用，正在用它重新计算建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="236"/>
        <source>The bundled model suggests again; the suggestions are being computed again.</source>
        <translation>已改回由内置模型提供建议，正在重新计算建议。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop/gui/tasks.py" line="186"/>
        <location filename="../../desktop/gui/tasks.py" line="384"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tasks.py" line="209"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tasks.py" line="276"/>
        <location filename="../../desktop/gui/tasks.py" line="346"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tasks.py" line="347"/>
        <source>Cancel the write under way (Esc)</source>
        <translation>取消正在进行的写入（Esc）</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../desktop/gui/widgets/text_view.py" line="270"/>
        <source>gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/text_view.py" line="272"/>
        <source>suggestion</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>TrainReport</name>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="284"/>
        <source>Suggester trained</source>
        <translation>建议模型已训练</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="174"/>
        <source>It is now the project&apos;s active learned suggester: there was nothing to compare it with (the bundled model learned from every tested document).</source>
        <translation>它现在是本项目启用的学习型建议模型：没有可比较的对象（内置模型学过每一篇测试文档）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="167"/>
        <source>It is now the project&apos;s active learned suggester: there was nothing to compare it with (the active model and the bundled model both learned from every tested document).</source>
        <translation>它现在是本项目启用的学习型建议模型：没有可比较的对象（启用中的模型和内置模型都学过每一篇测试文档）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="180"/>
        <source>It was stored but not made active: there was nothing to compare it with (the active model and the bundled model both learned from every tested document), so it could not be shown to cost less than the suggester in use.</source>
        <translation>它已保存，但未启用：没有可比较的对象（启用中的模型和内置模型都学过每一篇测试文档），因此无法表明它比正在使用的建议模型更省事。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="187"/>
        <source>It was stored but not made active: there was nothing to compare it with (the bundled model learned from every tested document), so it could not be shown to cost less than the suggester in use.</source>
        <translation>它已保存，但未启用：没有可比较的对象（内置模型学过每一篇测试文档），因此无法表明它比正在使用的建议模型更省事。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="193"/>
        <source>It was stored but not made active: it could not be scored.</source>
        <translation>它已保存但未启用：无法为它打分。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="197"/>
        <source>the active model</source>
        <translation>正在使用的模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="199"/>
        <source>the bundled model</source>
        <translation>内置模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="210"/>
        <source>It is now the project&apos;s active learned suggester: it measured no cheaper than the bundled model, but within the noise of so many documents, where a project&apos;s own model is kept unless the bundled model is surely cheaper:</source>
        <translation>它现已成为项目启用的学习型建议器：测评显示它并不比内置模型更省事，但差距在这么多文档的噪声之内；此时除非内置模型确实更省事，否则保留项目自己的模型：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="217"/>
        <source>It is now the project&apos;s active learned suggester: it measured better:</source>
        <translation>它现在是本项目启用的学习型建议模型：测评结果更好：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="221"/>
        <source>It was stored but not made active: it measured as cheap as the suggester in use, and a tie keeps the one in use:</source>
        <translation>它已保存但未启用：测评显示它与正在使用的建议模型一样省事，打平时保留正在使用的那个：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="227"/>
        <source>It was stored but not made active: it measured cheaper than the bundled model, but within the noise of so few documents; the bundled model goes on suggesting:</source>
        <translation>它已保存，但未启用：测评显示它比内置模型更省事，但差距在这么少文档的噪声之内；内置模型继续提供建议：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="233"/>
        <source>It was stored but not made active: it did not measure better than the suggester in use, which goes on suggesting:</source>
        <translation>它已保存但未启用：测评结果并不优于正在使用的建议模型，后者继续提供建议：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="290"/>
        <source>&amp;Activate anyway</source>
        <translation>仍然启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="292"/>
        <source>Make this model the one that suggests although it did not measure better; Tools → Suggester models… goes back.</source>
        <translation>即使测评并不更好，也让此模型提供建议；可在“工具 → 建议模型管理…”中改回。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="322"/>
        <source>You made it the project&apos;s active learned suggester although it did not measure better; the suggestions are being computed again with it.</source>
        <translation>你已将它设为本项目启用的学习型建议模型（尽管测评并不更好）；正在用它重新计算建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="331"/>
        <source>It could not be made active: %1</source>
        <translation>无法启用它：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="355"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="365"/>
        <source>It is an adapter of the bundled model: for each label, how far to trust the bundled model&apos;s scores and each kind of source (rules, shapes, sequence models, the project&apos;s lexicon) in this project. It measured %1 actions per gold span against %2 for a model of the project&apos;s own.</source>
        <translation>它是内置模型的适配器：针对每个标签，学习在本项目中对内置模型的分数以及各类来源（规则、形态、序列模型、项目词表）应信任到何种程度。它的代价为每个金标准片段 %1 次操作，项目自有模型为 %2 次。</translation>
    </message>
</context>
</TS>
