<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/gui/menus.py" line="87"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="88"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="89"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="90"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="91"/>
        <source>&amp;Merge projects…</source>
        <translation>合并项目(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="92"/>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="93"/>
        <source>Retry &amp;saving</source>
        <translation>重试保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="94"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="95"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="96"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="97"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="98"/>
        <source>Next span</source>
        <translation>下一个片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="99"/>
        <source>Previous span</source>
        <translation>上一个片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="100"/>
        <source>Next document</source>
        <translation>下一篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="101"/>
        <source>Previous document</source>
        <translation>上一篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="102"/>
        <source>Search documents</source>
        <translation>搜索文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="103"/>
        <source>Back to the article</source>
        <translation>回到正文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="104"/>
        <source>Next search hit</source>
        <translation>下一个搜索结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="105"/>
        <source>Previous search hit</source>
        <translation>上一个搜索结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="106"/>
        <source>&amp;Accept suggestion</source>
        <translation>接受建议(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="107"/>
        <source>Re&amp;ject suggestion</source>
        <translation>拒绝建议(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="108"/>
        <source>Accept &amp;all suggestions in this document</source>
        <translation>接受本文全部建议(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="109"/>
        <source>Accept all &amp;occurrences</source>
        <translation>接受所有出现处(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="110"/>
        <source>&amp;Delete gold span</source>
        <translation>删除金标准片段(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="111"/>
        <source>Mark document &amp;done / reopen</source>
        <translation>标记本文完成 / 重新打开(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="112"/>
        <source>Start one character left</source>
        <translation>起点左移一个字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="113"/>
        <source>Start one character right</source>
        <translation>起点右移一个字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="114"/>
        <source>End one character left</source>
        <translation>终点左移一个字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="115"/>
        <source>End one character right</source>
        <translation>终点右移一个字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="116"/>
        <source>Start one word left</source>
        <translation>起点左移一个词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="117"/>
        <source>Start one word right</source>
        <translation>起点右移一个词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="118"/>
        <source>End one word left</source>
        <translation>终点左移一个词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="119"/>
        <source>End one word right</source>
        <translation>终点右移一个词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="120"/>
        <source>&amp;Suggest all documents</source>
        <translation>为全部文档生成建议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="121"/>
        <source>Suggest &amp;this document</source>
        <translation>为本文生成建议(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="122"/>
        <source>T&amp;rain suggester</source>
        <translation>训练建议模型(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="123"/>
        <source>Suggester &amp;models…</source>
        <translation>建议模型管理(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="124"/>
        <source>Order to-do by &amp;uncertainty</source>
        <translation>待办按不确定度排序(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="125"/>
        <source>Show &amp;label names on spans</source>
        <translation>在片段上显示标签名(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="126"/>
        <source>&amp;Compare &amp;&amp; adjudicate</source>
        <translation>比较与裁决(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="127"/>
        <source>&amp;Agreement</source>
        <translation>一致性(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="128"/>
        <source>Document &amp;history</source>
        <translation>文档历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="129"/>
        <source>History of the focused &amp;span</source>
        <translation>当前片段的历史(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="130"/>
        <source>R&amp;oles…</source>
        <translation>角色(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="131"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="132"/>
        <source>Annotation &amp;guidelines</source>
        <translation>标注规范(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="133"/>
        <source>&amp;About Biaozhu</source>
        <translation>关于标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="167"/>
        <source>Label as %1</source>
        <translation>标为 %1</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="106"/>
        <source>Agreement — %1</source>
        <translation>一致性 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="108"/>
        <source>Whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="125"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="127"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="134"/>
        <source>Exact F1: same start, end and label. Overlap F1: a same-label span of the other annotator overlaps. Kappa: Cohen&apos;s kappa over characters (“O” outside spans). Over the documents both annotators annotated.</source>
        <translation>精确 F1：起点、终点和标签都相同。重叠 F1：另一位标注员有同标签的片段与之重叠。Kappa：按字计算的 Cohen&apos;s kappa（片段之外记为“O”）。只统计两位标注员都标注过的文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="158"/>
        <source>Pair</source>
        <translation>标注员对</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="159"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="160"/>
        <source>Spans a / b</source>
        <translation>片段数 a / b</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="161"/>
        <source>Exact F1</source>
        <translation>精确 F1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="162"/>
        <source>Overlap F1</source>
        <translation>重叠 F1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="163"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="164"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="172"/>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="191"/>
        <source>No two annotators share a document yet.</source>
        <translation>还没有两位标注员标注过同一篇文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="194"/>
        <source>%1 pair(s) of annotators.</source>
        <translation>%1 对标注员。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="199"/>
        <source>exact F1</source>
        <translation>精确 F1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="199"/>
        <source>overlap F1</source>
        <translation>重叠 F1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="199"/>
        <source>kappa</source>
        <translation>kappa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/agreement_panel.py" line="207"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="288"/>
        <location filename="../../desktop/gui/controller.py" line="523"/>
        <source>%n other occurrence(s) offered</source>
        <translation>
            <numerusform>已提供另外 %n 处出现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="290"/>
        <source>not offered in %n document(s) you marked done</source>
        <translation>
            <numerusform>未在你已标为完成的 %n 篇文档中提供</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="620"/>
        <source>%n occurrence(s) accepted</source>
        <translation>
            <numerusform>已接受 %n 处出现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="622"/>
        <source>in %n document(s)</source>
        <translation>
            <numerusform>涉及 %n 篇文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="626"/>
        <source>%n document(s) you marked done left as they are (Ctrl+D there reopens one)</source>
        <translation>
            <numerusform>你已标为完成的 %n 篇文档保持不变（在文档中按 Ctrl+D 可重新打开）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="651"/>
        <source>%n suggestion(s) still pending: Ctrl+D again marks the document done and counts them as rejected; any other key cancels.</source>
        <translation>
            <numerusform>还有 %n 条建议待定：再按 Ctrl+D 将文档标为完成，并把它们记为拒绝；按其他键取消。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop/gui/context.py" line="93"/>
        <source>The history of this project is not what it was when this window last closed it: event %1 (hash %2…) is no longer in it. Events were removed or rewritten since; run “biaozhu verify” and compare with a backup.</source>
        <translation>本项目的历史与本窗口上次关闭它时不同：第 %1 个事件（哈希 %2…）已不在历史中。此后有事件被删除或改写；请运行“biaozhu verify”并与备份比对。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="58"/>
        <source>opened</source>
        <translation>打开时</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="59"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="74"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="83"/>
        <source>A copy of the project is kept each time it is opened (the last five). Restoring one first saves the current state as a backup too, and the history records the restore: nothing is lost.</source>
        <translation>每次打开项目时都会保存一份副本（保留最近五份）。恢复某份备份前，会先把当前状态也存为备份，历史记录中也会记下这次恢复：不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="94"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="95"/>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="96"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="97"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="98"/>
        <source>Made when</source>
        <translation>保存时机</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="99"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="117"/>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="125"/>
        <source>This project has no backups yet.</source>
        <translation>此项目还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="131"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="173"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="175"/>
        <source>Unusable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/backups.py" line="182"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 无法恢复：%2</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/gui/commands.py" line="204"/>
        <source>Correct “%1”</source>
        <translation>修正“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="206"/>
        <source>Accept “%1” as %2</source>
        <translation>将“%1”接受为 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="208"/>
        <source>Accept “%1”</source>
        <translation>接受“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="291"/>
        <source>Reject “%1”</source>
        <translation>拒绝“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="321"/>
        <source>Add %1 “%2”</source>
        <translation>添加 %1“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="397"/>
        <source>Remove “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="445"/>
        <source>Relabel “%1” as %2</source>
        <translation>将“%1”改标为 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="500"/>
        <source>Resize “%1”</source>
        <translation>调整“%1”的边界</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="535"/>
        <source>Edit attributes of “%1”</source>
        <translation>编辑“%1”的属性</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="614"/>
        <source>Accept all suggestions</source>
        <translation>接受全部建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="677"/>
        <location filename="../../desktop/gui/commands.py" line="763"/>
        <source>Undoing: %1</source>
        <translation>正在撤销：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="704"/>
        <source>Accept every “%1” as %2</source>
        <translation>将所有“%1”接受为 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="561"/>
        <source>Mark document done</source>
        <translation>标记文档完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="563"/>
        <source>Reopen document</source>
        <translation>重新打开文档</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../desktop/gui/controller.py" line="357"/>
        <source>No pending suggestions left here: Ctrl+D marks the document done.</source>
        <translation>本文已没有待定建议：按 Ctrl+D 标记完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="431"/>
        <source>The project cannot be written now (%1): nothing is changed until it can (File → Retry saving).</source>
        <translation>项目现在无法写入（%1）：在可以写入之前不会做任何改动（文件 → 重试保存）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="446"/>
        <source>No span is focused (J/K or ↓/↑ to move).</source>
        <translation>没有选中片段（用 J/K 或 ↓/↑ 移动）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="457"/>
        <source>The span overlaps “%1” (%2), which is already gold.</source>
        <translation>该片段与已是金标的“%1”（%2）重叠。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="480"/>
        <source>This span is gold: Delete removes it.</source>
        <translation>这是金标准片段：按 Delete 删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="510"/>
        <source>Select some text first.</source>
        <translation>请先选中文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="530"/>
        <source>A suggestion is rejected with X.</source>
        <translation>建议用 X 拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="557"/>
        <source>The boundary cannot move further.</source>
        <translation>边界不能再移动了。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="592"/>
        <source>Nothing is pending in this document.</source>
        <translation>本文没有待定建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="605"/>
        <source>Only %1 names are accepted everywhere.</source>
        <translation>只有 %1 名称可以全局接受。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="615"/>
        <source>No pending occurrence of “%1” is left to accept.</source>
        <translation>“%1”已没有待接受的出现处。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="662"/>
        <source>Document marked done.</source>
        <translation>文档已标记完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="664"/>
        <source>Document reopened.</source>
        <translation>文档已重新打开。</translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="65"/>
        <source>suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="90"/>
        <source>No document</source>
        <translation>没有文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="92"/>
        <source>Import files with Ctrl+I, or open a project with Ctrl+O.</source>
        <translation>按 Ctrl+I 导入文件，或按 Ctrl+O 打开项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="105"/>
        <source>document %1 of %2</source>
        <translation>第 %1 / %2 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="109"/>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_header.py" line="111"/>
        <source>%1 gold · %2 pending</source>
        <translation>金标准 %1 · 待定 %2</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="274"/>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="338"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="328"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="330"/>
        <source>the first %1 hits</source>
        <translation>前 %1 处结果</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="340"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 篇文档</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="343"/>
        <source>%1 of %2 documents</source>
        <translation>%1 / %2 篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="351"/>
        <source>Search all texts  ( / )</source>
        <translation>搜索全文  ( / )</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="354"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="355"/>
        <source>To do</source>
        <translation>待标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="356"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/doc_panel.py" line="357"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="51"/>
        <source>to do</source>
        <translation>待标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="52"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="53"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="221"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="222"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="223"/>
        <source>Gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="224"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="228"/>
        <source>The document&apos;s first line</source>
        <translation>文档的第一行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="229"/>
        <source>Your status for this document</source>
        <translation>你在这篇文档上的状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="230"/>
        <source>Your gold spans</source>
        <translation>你的金标准片段数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/documents.py" line="231"/>
        <source>Suggestions you have not decided on</source>
        <translation>你尚未处理的建议数</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="35"/>
        <source>This model</source>
        <translation>本模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="36"/>
        <source>Bundled model</source>
        <translation>内置模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="37"/>
        <source>Bundled, sources weighed</source>
        <translation>内置模型（按来源加权）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="38"/>
        <source>Active model</source>
        <translation>当前启用的模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="89"/>
        <source>Quantity rules</source>
        <translation>数量规则</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="90"/>
        <source>Company rules</source>
        <translation>企业规则</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="91"/>
        <source>Policy rules</source>
        <translation>政策规则</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="92"/>
        <source>Project lexicon</source>
        <translation>项目词表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="93"/>
        <source>Shape of the text</source>
        <translation>文本形态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="94"/>
        <source>Bundled CRF</source>
        <translation>内置 CRF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="95"/>
        <source>Project CRF</source>
        <translation>项目 CRF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="43"/>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="50"/>
        <source>Held-out evaluation: %1 of %2 folds tested (%3 documents), each by a model of the others (the bundled model learned the rest of the first); exact span match.</source>
        <translation>留出法测评：测试了 %2 折中的 %1 折（%3 篇文档），每折都由用其余各折训练的模型测试（第一折之外的部分内置模型已学过）；片段精确匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="57"/>
        <source>Held-out evaluation: trained on %1 documents, tested on %2 (every %3th); exact span match.</source>
        <translation>留出法测评：用 %1 篇文档训练，在 %2 篇上测试（每 %3 篇取一篇）；片段精确匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="63"/>
        <source>%1-fold cross-validation over %2 gold documents; exact span match.</source>
        <translation>在 %2 篇金标准文档上做 %1 折交叉验证；片段精确匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="75"/>
        <source>%1 tested document(s) are examples the bundled scorer learned from: the bundled model is compared on the other %2.</source>
        <translation>有 %1 篇测试文档是内置评分器学过的样例：内置模型只在其余 %2 篇上比较。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="84"/>
        <source>Scorer c2 %1: of the settings tried, the one whose held-out suggestions cost the least.</source>
        <translation>评分器 c2 取 %1：在试过的设置中，它在留出文档上的建议所需操作最少。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="90"/>
        <source>Scorer c2 %1, without the project&apos;s CRF: of the settings tried, the one whose held-out suggestions cost the least.</source>
        <translation>评分器 c2 取 %1，不用项目 CRF：在试过的设置中，它在留出文档上的建议所需操作最少。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="99"/>
        <source>No system could be scored (the gold has no wrong or no right candidate).</source>
        <translation>没有可评分的系统（金标准中没有错误候选，或没有正确候选）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="109"/>
        <source>%1: %2 actions per gold span.</source>
        <translation>%1：每个金标准片段 %2 次操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="152"/>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="174"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="152"/>
        <source>Gold spans</source>
        <translation>金标准片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="173"/>
        <source>Candidate source</source>
        <translation>候选来源</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="175"/>
        <source>Proposed</source>
        <translation>提出数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="176"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="177"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="198"/>
        <source>Per &amp;label:</source>
        <translation>按标签(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="200"/>
        <source>Candidate &amp;sources on the tested gold:</source>
        <translation>各候选来源在测试金标准上的表现(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/evaluation_view.py" line="221"/>
        <source>Not evaluated: cross-validation needs at least 2 gold documents.</source>
        <translation>未测评：交叉验证至少需要 2 篇金标准文档。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="66"/>
        <source>Hugging Face datasets DatasetDict (load_from_disk): tokens, IOB2 ner_tags, spans</source>
        <translation>Hugging Face 数据集 DatasetDict（load_from_disk 读取）：字词、IOB2 ner_tags、片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="70"/>
        <source>every span as a CSV table</source>
        <translation>全部片段，CSV 表格</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="71"/>
        <source>every span as a Parquet table</source>
        <translation>全部片段，Parquet 表格</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="78"/>
        <source>%1 jieba word(s) split where a span begins or ends inside them</source>
        <translation>%1 个 jieba 词在片段起止处被切开</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="81"/>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="98"/>
        <source>%1 span(s) cross jieba word boundaries (the words split there)</source>
        <translation>%1 个片段跨越 jieba 词边界（词在该处切开）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="90"/>
        <source>%1 white-space character(s) are not token lines (the manifest keeps where they were)</source>
        <translation>%1 个空白字符不作为词行（清单记录其位置）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="94"/>
        <source>%1 overlapping span(s) kept in &apos;spans&apos; but not in &apos;ner_tags&apos; (IOB2 cannot hold them)</source>
        <translation>%1 个重叠片段保留在 spans 中，未写入 ner_tags（IOB2 无法表示）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="101"/>
        <source>%1 span(s) across line breaks written as fragments</source>
        <translation>%1 个跨行片段写成分段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="104"/>
        <source>%1 suggestion score(s) outside 0..1 clipped for Label Studio</source>
        <translation>%1 个超出 0..1 的建议分数已为 Label Studio 截断</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="141"/>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="227"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="159"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="163"/>
        <source>one token per character</source>
        <translation>每字一个词元</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="164"/>
        <source>jieba words</source>
        <translation>结巴分词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="165"/>
        <source>spaCy tokens</source>
        <translation>spaCy 词元</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="173"/>
        <source>The gold (adjudicated, else marked done)</source>
        <translation>金标准（优先裁决结果，否则为已完成的标注）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="176"/>
        <source>The layer of</source>
        <translation>此标注员的标注：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="185"/>
        <source>Suggestions still pending for me</source>
        <translation>我尚未处理的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="193"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="196"/>
        <source>Split by document</source>
        <translation>按文档划分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="204"/>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="208"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="213"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="217"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="273"/>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="279"/>
        <source>Export to file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="346"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="351"/>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="128"/>
        <source>Manifest: %1</source>
        <translation>清单：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="55"/>
        <source>brat standoff folder (.txt + .ann per document)</source>
        <translation>brat 标注文件夹（每篇文档一个 .txt 和一个 .ann）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="56"/>
        <source>character-level CoNLL, IOB2 tags</source>
        <translation>逐字 CoNLL，IOB2 标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="57"/>
        <source>doccano sequence labelling JSONL</source>
        <translation>doccano 序列标注 JSONL</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="58"/>
        <source>exchange format (Prodigy spans, with attributes)</source>
        <translation>交换格式（Prodigy 片段，含属性）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="59"/>
        <source>Label Studio tasks: gold as annotations, pending suggestions as predictions</source>
        <translation>Label Studio 任务：金标准作为标注，待定建议作为预测</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="63"/>
        <source>METRIC spans as a CSV table (pandas)</source>
        <translation>METRIC 片段表格，CSV 格式（pandas）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="64"/>
        <source>METRIC spans as a Parquet table (pyarrow)</source>
        <translation>METRIC 片段表格，Parquet 格式（pyarrow）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="65"/>
        <source>spaCy v3 DocBin (.spacy): doc.ents and doc.spans</source>
        <translation>spaCy v3 DocBin（.spacy）：doc.ents 和 doc.spans</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="84"/>
        <source>%1 overlapping span(s) only in doc.spans, not in doc.ents</source>
        <translation>%1 个重叠片段只写入 doc.spans，未写入 doc.ents</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="87"/>
        <source>%1 overlapping span(s) left out (IOB2 cannot hold them)</source>
        <translation>%1 个重叠片段未导出（IOB2 无法表示）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="115"/>
        <source>Exported %1 document(s) with %2 span(s) (%3) as %4 to %5</source>
        <translation>已导出 %1 篇文档、%2 个片段（%3），格式 %4，位置：%5</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="118"/>
        <source>no spans</source>
        <translation>没有片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="124"/>
        <source>split: %1</source>
        <translation>划分：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="368"/>
        <source>Export failed, nothing was written: %1</source>
        <translation>导出失败，未写入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="377"/>
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
        <location filename="../../desktop/gui/review/event_names.py" line="23"/>
        <source>Project created</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="24"/>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="25"/>
        <source>Labels changed</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="26"/>
        <source>Person added</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="27"/>
        <source>Role changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="28"/>
        <source>Document imported</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="29"/>
        <source>Document status</source>
        <translation>文档状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="30"/>
        <source>Suggestions computed</source>
        <translation>计算建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="31"/>
        <source>Suggestions added</source>
        <translation>添加建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="32"/>
        <source>Name offered at its other places</source>
        <translation>名称在其他出现处提供为建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="33"/>
        <source>Offer withdrawn</source>
        <translation>撤回所提供的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="34"/>
        <source>Suggestion accepted</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="35"/>
        <source>Suggestion corrected</source>
        <translation>修正后接受建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="36"/>
        <source>Suggestion rejected</source>
        <translation>拒绝建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="37"/>
        <source>Decision undone</source>
        <translation>撤销决定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="38"/>
        <source>Span added</source>
        <translation>添加片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="39"/>
        <source>Span removed</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="40"/>
        <source>Span restored</source>
        <translation>恢复片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="41"/>
        <source>Boundaries changed</source>
        <translation>修改边界</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="42"/>
        <source>Label changed</source>
        <translation>修改标签类别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="43"/>
        <source>Attributes edited</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="44"/>
        <source>Adjudicated</source>
        <translation>裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="45"/>
        <source>Agreements accepted</source>
        <translation>接受一致项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="46"/>
        <source>Project merged in</source>
        <translation>合并项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="47"/>
        <source>Decision merged in</source>
        <translation>合并来的决定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="48"/>
        <source>Merge conflict</source>
        <translation>合并冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="49"/>
        <source>Merge conflict resolved</source>
        <translation>解决合并冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="50"/>
        <source>Suggester trained</source>
        <translation>训练建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="51"/>
        <source>Suggester activated</source>
        <translation>启用建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="52"/>
        <source>Suggester retired</source>
        <translation>停用建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="59"/>
        <source>Project (all)</source>
        <translation>项目（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="60"/>
        <source>Labels (all)</source>
        <translation>标签（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="61"/>
        <source>People (all)</source>
        <translation>人员（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="62"/>
        <source>Documents (all)</source>
        <translation>文档（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="63"/>
        <source>Suggesting (all)</source>
        <translation>生成建议（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="64"/>
        <source>Decisions on suggestions (all)</source>
        <translation>处理建议（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="65"/>
        <source>Spans (all)</source>
        <translation>片段（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="66"/>
        <source>Adjudication (all)</source>
        <translation>裁决（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="67"/>
        <source>Merging (all)</source>
        <translation>合并（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="68"/>
        <source>Merged decisions (all)</source>
        <translation>合并来的决定（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="69"/>
        <source>Suggester models (all)</source>
        <translation>建议模型（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="79"/>
        <source>to do</source>
        <translation>待标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="80"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="81"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="87"/>
        <source>annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="88"/>
        <source>reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="94"/>
        <source>took left</source>
        <translation>采用左侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="95"/>
        <source>took right</source>
        <translation>采用右侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="96"/>
        <source>took both</source>
        <translation>两者都采用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="97"/>
        <source>took neither</source>
        <translation>都不采用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="142"/>
        <location filename="../../desktop/gui/review/event_names.py" line="171"/>
        <source>suggestion %1</source>
        <translation>建议 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="153"/>
        <source>%1 (%2 characters)</source>
        <translation>%1（%2 字）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="159"/>
        <source>%1 added, %2 updated, %3 removed</source>
        <translation>新增 %1，更新 %2，删除 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/event_names.py" line="166"/>
        <source>with the document marked done</source>
        <translation>文档标为完成时一并拒绝</translation>
    </message>
</context>
<context>
    <name>HistoryBar</name>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="72"/>
        <source>Full report…</source>
        <translation>完整报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="73"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="74"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="93"/>
        <source>This file does not match its history (edited outside Biaozhu?): %1.</source>
        <translation>此文件与其历史记录不符（是否在标注之外被修改过？）：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="98"/>
        <source>(%1 more problems.)</source>
        <translation>（另有 %1 个问题。）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="99"/>
        <source>To go back to a state that verifies, restore a backup: %1.</source>
        <translation>要回到能通过校验的状态，请恢复备份：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="115"/>
        <source>History check</source>
        <translation>历史校验</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/history_bar.py" line="117"/>
        <source>What “biaozhu verify” says of this file (the same check, run when the window opened it):</source>
        <translation>“biaozhu verify”对此文件的结果（同一校验，在窗口打开文件时运行）：</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="178"/>
        <source>History of span %1 — %2</source>
        <translation>片段 %1 的历史 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="180"/>
        <source>History of %1 — %2</source>
        <translation>%1 的历史 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="185"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="186"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="187"/>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="188"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="189"/>
        <source>Before → after</source>
        <translation>之前 → 之后</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="190"/>
        <source>Source suggestion</source>
        <translation>来源建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="191"/>
        <source>Merged from</source>
        <translation>合并自</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="193"/>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="194"/>
        <source>suggestion %1 (no longer stored)</source>
        <translation>建议 %1（已不再保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="215"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="216"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="223"/>
        <source>Show as of…</source>
        <translation>显示当时状态…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="225"/>
        <source>Draw the document as it stood right after the selected event</source>
        <translation>显示所选事件刚发生后的文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="229"/>
        <source>Annotator:</source>
        <translation>标注员：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="231"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="240"/>
        <source>Select an event and press “Show as of…”.</source>
        <translation>选择一个事件，然后按“显示当时状态…”。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="296"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="315"/>
        <source>%1 of %2 events</source>
        <translation>%1 / %2 个事件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="375"/>
        <source>%1 (%2 spans)</source>
        <translation>%1（%2 个片段）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/history_view.py" line="380"/>
        <source>As of event #%1</source>
        <translation>事件 #%1 时的状态</translation>
    </message>
</context>
<context>
    <name>Host</name>
    <message>
        <location filename="../../desktop/gui/host.py" line="323"/>
        <source>not saved: an earlier change could not be saved</source>
        <translation>未保存：之前的一项修改未能保存</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="24"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="29"/>
        <source>%1 new document(s), %2 already in the project, %3 gold span(s) brought in, %4 file(s) failed.</source>
        <translation>新增文档 %1 篇，已在项目中 %2 篇，带入金标准片段 %3 个，失败文件 %4 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="40"/>
        <source>Labels the files added to the project: %1.</source>
        <translation>文件为项目新增的标签：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="50"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_dialog.py" line="50"/>
        <source>Reason</source>
        <translation>原因</translation>
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
        <location filename="../../desktop/gui/dialogs/import_options.py" line="77"/>
        <source>Import options</source>
        <translation>导入选项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="79"/>
        <source>%1 file(s) chosen.</source>
        <translation>已选择 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="93"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="96"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="108"/>
        <source>Clean the &amp;layout (PDF, DOCX, newspaper text)</source>
        <translation>清理版式(&amp;L)（PDF、DOCX、报纸文本）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="112"/>
        <source>Removes the spaces a layout puts between Chinese characters and joins lines broken inside a sentence; the text as it was is kept beside it.</source>
        <translation>去掉排版在汉字之间加入的空格，并接上句子中间断开的行；原来的文本另行保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="124"/>
        <source>Detect from the file</source>
        <translation>根据文件识别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="136"/>
        <source>Detect from the bytes</source>
        <translation>根据字节识别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="151"/>
        <source>Spans of labelled files</source>
        <translation>已标注文件中的片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="156"/>
        <source>Finished &amp;gold: the documents are marked done</source>
        <translation>作为金标准(&amp;G)：文档标为已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="160"/>
        <source>Spans to &amp;review: the documents stay to do</source>
        <translation>作为待审片段(&amp;R)：文档保持待标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="176"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_options.py" line="205"/>
        <source>“%1” is not an encoding (try gb18030, big5, UTF-16).</source>
        <translation>“%1”不是文本编码（可试 gb18030、big5、UTF-16）。</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="99"/>
        <source>Import cancelled; the files read so far stay imported.</source>
        <translation>导入已取消；已读入的文件保留在项目中。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="95"/>
        <source>Importing files</source>
        <translation>正在导入文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="101"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="197"/>
        <source>Suggestions are up to date.</source>
        <translation>建议已更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="138"/>
        <source>Suggesting cancelled.</source>
        <translation>已取消生成建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="134"/>
        <source>Computing suggestions</source>
        <translation>正在生成建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="139"/>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="200"/>
        <source>Suggestions: %1, %2.</source>
        <translation>建议：%1，%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="282"/>
        <source>Merge finished.</source>
        <translation>合并完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="284"/>
        <source>Merge finished: nothing new.</source>
        <translation>合并完成：没有新内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="289"/>
        <source>Merge cancelled; files merged before it stay merged.</source>
        <translation>合并已取消；之前已合并的文件保持合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="294"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="300"/>
        <source>Merging projects</source>
        <translation>正在合并项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="327"/>
        <location filename="../../desktop/gui/mainwindow.py" line="1050"/>
        <source>Suggester %1 trained; it is now the active one.</source>
        <translation>建议模型 %1 已训练完成，现已启用。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="329"/>
        <source>Suggester %1 trained and stored, not made active: it measured no better.</source>
        <translation>建议模型 %1 已训练并保存，但未启用：它的测评并不更好。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="342"/>
        <source>Training the suggester</source>
        <translation>正在训练建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="346"/>
        <source>Training cancelled; nothing was stored.</source>
        <translation>训练已取消；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="348"/>
        <source>Train suggester</source>
        <translation>训练建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="371"/>
        <source>Ordering the to-do documents by uncertainty</source>
        <translation>正在按不确定度排序待办文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="376"/>
        <source>Ordering</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/jobs.py" line="397"/>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="302"/>
        <source>Loading word list…</source>
        <translation>正在加载分词词典…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="311"/>
        <source>Word boundaries ready</source>
        <translation>分词就绪</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="327"/>
        <location filename="../../desktop/gui/mainwindow.py" line="1247"/>
        <source>Annotator: %1</source>
        <translation>标注员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="363"/>
        <source>History check failed: %1</source>
        <translation>历史校验未通过：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="369"/>
        <source>History checked: the file matches it.</source>
        <translation>历史已校验：文件与之相符。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="377"/>
        <source>The history could not be checked: %1</source>
        <translation>无法校验历史：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="404"/>
        <source>History changed</source>
        <translation>历史已改变</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="566"/>
        <source>The hotkey %1 of label %2 is already used; choose it from the Annotate menu.</source>
        <translation>标签 %2 的快捷键 %1 已被占用；请从“标注”菜单选择该标签。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="596"/>
        <source>Not saving: read-only</source>
        <translation>未保存：只读</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="598"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="600"/>
        <source>All changes saved</source>
        <translation>所有修改均已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="606"/>
        <source>Waiting %1 s for another program to finish writing…</source>
        <translation>已等待 %1 秒，等另一个程序写完…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="621"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="622"/>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="626"/>
        <source>The window shows the project as the file holds it and changes nothing until the file can be written again: Retry when the cause is gone.</source>
        <translation>窗口按文件中的实际内容显示项目；在文件可以重新写入之前不做任何改动。原因消除后请点“重试”。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="634"/>
        <source>The window shows the project as the file holds it.</source>
        <translation>窗口按文件中的实际内容显示项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="645"/>
        <source>Changes not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="674"/>
        <source>The project can be written again.</source>
        <translation>项目可以重新写入了。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="677"/>
        <source>Still not writable: %1</source>
        <translation>仍然无法写入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="706"/>
        <source>This is the last document.</source>
        <translation>已是最后一篇文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="710"/>
        <source>This is the first document.</source>
        <translation>已是第一篇文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="818"/>
        <source>Nothing is searched: / to search.</source>
        <translation>当前没有搜索：按 / 搜索。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="839"/>
        <source>No more hits.</source>
        <translation>没有更多结果了。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="851"/>
        <location filename="../../desktop/gui/mainwindow.py" line="863"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="868"/>
        <location filename="../../desktop/gui/mainwindow.py" line="878"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="890"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="895"/>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="903"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="905"/>
        <source>Texts and annotations</source>
        <translation>文本和标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="931"/>
        <source>Merge projects</source>
        <translation>合并项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1001"/>
        <location filename="../../desktop/gui/mainwindow.py" line="1012"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1073"/>
        <source>Choose the suggester</source>
        <translation>选择建议模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1076"/>
        <source>The bundled model suggests again.</source>
        <translation>已改回由内置模型提供建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1079"/>
        <source>Suggester %1 is now the active one.</source>
        <translation>建议模型 %1 现已启用。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1223"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1007"/>
        <source>Backup %1 restored; the state before it is saved as %2.</source>
        <translation>已恢复备份 %1；恢复前的状态已另存为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1118"/>
        <source>Documents in project order.</source>
        <translation>文档按项目顺序排列。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1134"/>
        <source>To-do documents ordered by uncertainty, least sure first.</source>
        <translation>待办文档已按不确定度排序，最不确定的在前。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="1205"/>
        <source>Focus a gold span first: suggestions have no history.</source>
        <translation>请先选中一个金标准片段：建议没有历史。</translation>
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
        <location filename="../../desktop/gui/menus.py" line="139"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="140"/>
        <source>Open &amp;recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="141"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="142"/>
        <source>&amp;Navigate</source>
        <translation>浏览(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="143"/>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="144"/>
        <source>&amp;Boundaries</source>
        <translation>边界(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="145"/>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="146"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="147"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="148"/>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="149"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="155"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="156"/>
        <source>Moving around</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="157"/>
        <source>Deciding</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="158"/>
        <source>Labels (accept as, relabel, or label a selection)</source>
        <translation>标签（以该标签接受、改标签，或标注选中文字）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="159"/>
        <source>Boundaries of the focused span</source>
        <translation>当前片段的边界</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="160"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="161"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="162"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="33"/>
        <source>%1: nothing new (%2 events already here).</source>
        <translation>%1：没有新内容（已有 %2 个事件）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="43"/>
        <source>%1 new document(s), %2 matched</source>
        <translation>新文档 %1 篇，已匹配 %2 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="48"/>
        <source>%1 event(s) appended, %2 already here</source>
        <translation>追加事件 %1 个，已有 %2 个</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="53"/>
        <source>%1 span(s) added, %2 removed</source>
        <translation>新增片段 %1 个，删除 %2 个</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="58"/>
        <source>%1 suggestion(s) and %2 decision(s) brought in</source>
        <translation>带入建议 %1 条、决定 %2 条</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="66"/>
        <source>layers taken from the other file: %1; kept here: %2</source>
        <translation>采用对方文件的标注层：%1；保留本地的：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="74"/>
        <source>%1 document status(es) moved on</source>
        <translation>%1 篇文档的状态已推进</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="80"/>
        <source>labels added: %1</source>
        <translation>新增标签：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="85"/>
        <source>annotators added: %1</source>
        <translation>新增标注员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="91"/>
        <source>%1 conflict(s) left for a reviewer (Review → Compare &amp; adjudicate)</source>
        <translation>%1 处冲突留待审核员处理（审核 → 比较与裁决）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="106"/>
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
        <source>Show label names on spans</source>
        <translation>在片段上显示标签名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="46"/>
        <source>The language changes at once, without a restart.</source>
        <translation>界面语言立即切换，无需重启。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="55"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences.py" line="56"/>
        <source>Article font size</source>
        <translation>正文字号</translation>
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
    <name>Review</name>
    <message>
        <location filename="../../desktop/gui/review/common.py" line="112"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="148"/>
        <source>Review — %1</source>
        <translation>审核 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="150"/>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="151"/>
        <source>different label</source>
        <translation>标签不同</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="152"/>
        <source>different boundary</source>
        <translation>边界不同</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="153"/>
        <source>only left</source>
        <translation>仅左侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="154"/>
        <source>only right</source>
        <translation>仅右侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="178"/>
        <source>Document:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="180"/>
        <source>Left:</source>
        <translation>左侧：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="182"/>
        <source>Right:</source>
        <translation>右侧：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="191"/>
        <source>Keep current layer</source>
        <translation>保留当前标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="192"/>
        <source>Take incoming spans</source>
        <translation>采用传入的片段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="219"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="219"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="219"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="219"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="219"/>
        <source>Settled</source>
        <translation>已裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="225"/>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="226"/>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="227"/>
        <source>both</source>
        <translation>两者</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="228"/>
        <source>neither</source>
        <translation>都不要</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="229"/>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="243"/>
        <source>Show agreements</source>
        <translation>显示一致项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="293"/>
        <source>Take left (L)</source>
        <translation>采用左侧 (L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="294"/>
        <source>Take right (R)</source>
        <translation>采用右侧 (R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="295"/>
        <source>Both (B)</source>
        <translation>两者 (B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="296"/>
        <source>Neither (N)</source>
        <translation>都不要 (N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="298"/>
        <source>Accept all agreements (Shift+Y)</source>
        <translation>接受全部一致项 (Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="301"/>
        <source>Previous (K/↑)</source>
        <translation>上一个 (K/↑)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="304"/>
        <source>Next (J/↓)</source>
        <translation>下一个 (J/↓)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="307"/>
        <source>Mark document done</source>
        <translation>标记文档完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="345"/>
        <source>%n merge conflict(s) on this document: choose one as a layer to compare it with the annotator&apos;s current work.</source>
        <translation>
            <numerusform>本文有 %n 个合并冲突：选择其中一个作为对比层，与该标注员当前的标注比较。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="363"/>
        <source>%1 (%2, %n span(s))</source>
        <translation>
            <numerusform>%1（%2，%n 个片段）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="367"/>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="371"/>
        <source>Gold / adjudicated (%1)</source>
        <translation>金标准 / 裁决结果（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="373"/>
        <source>Gold / adjudicated (none yet)</source>
        <translation>金标准 / 裁决结果（尚无）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="377"/>
        <source>Merge conflict #%1: %2 from %3</source>
        <translation>合并冲突 #%1：%2，来自 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="425"/>
        <source>%1 is not a reviewer: the differences can be compared but not adjudicated (Review → Roles makes someone a reviewer).</source>
        <translation>%1 不是审核员：可以比较差异，但不能裁决（在“审核 → 角色”中可以指定审核员）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="531"/>
        <source>%1 of %2 differences settled</source>
        <translation>已裁决 %1 / %2 处差异</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="537"/>
        <source>%n agreement(s) to take (Shift+Y)</source>
        <translation>
            <numerusform>%n 处一致待采纳（Shift+Y）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="539"/>
        <source>%n agreement(s) taken</source>
        <translation>
            <numerusform>%n 处一致已采纳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="541"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/review/review_view.py" line="543"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n 处一致</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="548"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="592"/>
        <source>%1: %2 span(s) added, %3 removed.</source>
        <translation>%1：添加 %2 个片段，删除 %3 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="611"/>
        <source>Agreements accepted (%1): %2 span(s) added, %3 removed.</source>
        <translation>已接受一致项（%1）：添加 %2 个片段，删除 %3 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="621"/>
        <source>Every difference is settled: the document is done for %1, and the adjudicated layer is its gold.</source>
        <translation>所有差异都已裁决：该文档对 %1 已完成，裁决结果即为金标准。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/review_view.py" line="657"/>
        <source>Merge conflict resolved.</source>
        <translation>合并冲突已解决。</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="54"/>
        <source>Roles — %1</source>
        <translation>角色 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="57"/>
        <source>Reviewers compare annotators and adjudicate (Review → Compare); a reviewer&apos;s finished layer is the document&apos;s gold. Each change is saved at once and recorded in the history.</source>
        <translation>审核员比较各标注员的标注并作出裁决（审核 → 比较与裁决）；审核员完成的标注即为该文档的金标准。每次修改都会立即保存，并记入历史。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="66"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="66"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="76"/>
        <source>name of someone new</source>
        <translation>新人员的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="78"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="143"/>
        <location filename="../../desktop/gui/review/roles.py" line="169"/>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="151"/>
        <source>Type the new person&apos;s name first.</source>
        <translation>请先输入新人员的名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review/roles.py" line="156"/>
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
        <source>listed beside a policy</source>
        <translation>与政策并列</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="57"/>
        <source>a policy&apos;s head noun</source>
        <translation>政策中心词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="58"/>
        <source>a policy verb before it</source>
        <translation>前接政策动词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="59"/>
        <source>a law</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="60"/>
        <source>a new policy (…新政)</source>
        <translation>新政（…新政）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="61"/>
        <source>a programme&apos;s number</source>
        <translation>工程编号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="62"/>
        <source>a quote and its articles</source>
        <translation>引号名称+措施</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="63"/>
        <source>a quote and its head noun</source>
        <translation>引号名称+中心词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="64"/>
        <source>quoted articles</source>
        <translation>引号中的措施</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="65"/>
        <source>a quoted campaign year</source>
        <translation>引号中的活动年</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="66"/>
        <source>a quote where policies are named</source>
        <translation>政策语境中的引号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="67"/>
        <source>a quoted document</source>
        <translation>引号中的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="68"/>
        <source>a quoted model</source>
        <translation>引号中的模式</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="69"/>
        <source>a quoted system (…制)</source>
        <translation>引号中的制度（…制）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="70"/>
        <source>a quoted policy</source>
        <translation>引号中的政策</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="71"/>
        <source>a quoted formula of parallel phrases</source>
        <translation>引号中的排比提法</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="72"/>
        <source>a revised instrument (新…)</source>
        <translation>修订后的制度（新…）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="73"/>
        <source>parallel phrases and their head noun</source>
        <translation>排比提法及其中心词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="74"/>
        <source>a title in 《》</source>
        <translation>书名号标题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="75"/>
        <source>a document&apos;s title line</source>
        <translation>文件标题行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/rule_titles.py" line="76"/>
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
        <location filename="../../desktop/gui/widgets/span_panel.py" line="128"/>
        <source>No span focused.</source>
        <translation>没有选中片段。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="132"/>
        <source>Edit, then Enter or Tab: saved at once.</source>
        <translation>编辑后按回车或 Tab：立即保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="134"/>
        <source>Suggested attributes; accept the span (A) to edit them.</source>
        <translation>建议的属性；接受片段（A）后可编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="178"/>
        <source>in base units, e.g. 93240000000 or 932.4亿</source>
        <translation>以基本单位计，如 93240000000 或 932.4亿</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="130"/>
        <source>%1 spans have no attributes.</source>
        <translation>%1 片段没有属性。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="155"/>
        <source>“%1” is not a number; the value stays %2. Type digits (93240000000, 9.324e10) or a number with its scale (932.4亿).</source>
        <translation>“%1”不是数字，数值仍为 %2。请输入数字（93240000000、9.324e10）或带数量级的数（932.4亿）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="173"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="126"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="127"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="128"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="129"/>
        <source>Approx.</source>
        <translation>约数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="130"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="176"/>
        <source>e.g. 工业营收</source>
        <translation>例如 工业营收</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="180"/>
        <source>e.g. 2024</source>
        <translation>例如 2024</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="272"/>
        <source>%1 gold · %2 pending</source>
        <translation>金标准 %1 · 待定 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/span_panel.py" line="310"/>
        <source>Show rejected</source>
        <translation>显示已拒绝</translation>
    </message>
</context>
<context>
    <name>Spans</name>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="20"/>
        <source>gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="21"/>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="22"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="123"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="124"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="125"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="126"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="127"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/itemmodels/spans.py" line="128"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="31"/>
        <source>added by hand</source>
        <translation>手工添加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="32"/>
        <source>accepted suggestion</source>
        <translation>已接受的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="33"/>
        <source>corrected suggestion</source>
        <translation>修正后接受的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="34"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="35"/>
        <source>adjudicated</source>
        <translation>裁决结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="36"/>
        <source>merged</source>
        <translation>合并而来</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="67"/>
        <source>suggested by %1</source>
        <translation>由%1建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="71"/>
        <source>score %1 (calibrated probability that it is right)</source>
        <translation>分数 %1（经校准的正确概率）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="77"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="105"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="107"/>
        <source>the same name accepted elsewhere</source>
        <translation>他处已接受的同名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="120"/>
        <source> (rule: %1)</source>
        <translation>（规则：%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="121"/>
        <source>candidate sources: %1</source>
        <translation>候选来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/describe.py" line="117"/>
        <location filename="../../desktop/gui/rule_titles.py" line="88"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SuggestWords</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="201"/>
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="202"/>
        <source>%n removed</source>
        <translation>
            <numerusform>移除 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/jobs.py" line="207"/>
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
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="107"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="108"/>
        <source>Trained (UTC)</source>
        <translation>训练时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="109"/>
        <source>Gold documents</source>
        <translation>金标准文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="110"/>
        <source>Actions per gold span</source>
        <translation>每个金标准片段的操作数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="111"/>
        <source>F1 %1</source>
        <translation>%1 F1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="112"/>
        <source>Suggests</source>
        <translation>提供建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="136"/>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="138"/>
        <source>unreadable by this version</source>
        <translation>本版本无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="156"/>
        <source>Suggesting now: %1, learned from this project.</source>
        <translation>当前提供建议的是：%1，从本项目学得。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="161"/>
        <source>Suggesting now: the rules alone.</source>
        <translation>当前只由规则提供建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="163"/>
        <source>Suggesting now: the bundled model (%1).</source>
        <translation>当前提供建议的是：内置模型（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="167"/>
        <source>No model is stored yet: Tools → Train suggester trains one on the gold.</source>
        <translation>尚未保存任何模型：用“工具 → 训练建议模型”在金标准上训练一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="196"/>
        <source>%1 is now the active model; the suggestions are being computed again with it.</source>
        <translation>%1 现已启用，正在用它重新计算建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/models_dialog.py" line="207"/>
        <source>The bundled model suggests again; the suggestions are being computed again.</source>
        <translation>已改回由内置模型提供建议，正在重新计算建议。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop/gui/tasks.py" line="148"/>
        <location filename="../../desktop/gui/tasks.py" line="321"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tasks.py" line="220"/>
        <location filename="../../desktop/gui/tasks.py" line="287"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../desktop/gui/widgets/text_view.py" line="251"/>
        <source>gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/text_view.py" line="253"/>
        <source>suggestion</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>TrainReport</name>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="178"/>
        <source>Suggester trained</source>
        <translation>建议模型已训练</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="123"/>
        <source>It is now the project&apos;s active learned suggester: there was nothing to compare it with (the bundled model learned from every tested document).</source>
        <translation>它现在是本项目启用的学习型建议模型：没有可比较的对象（内置模型学过每一篇测试文档）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="128"/>
        <source>It was stored but not made active: it could not be scored.</source>
        <translation>它已保存但未启用：无法为它打分。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="132"/>
        <source>the active model</source>
        <translation>正在使用的模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="134"/>
        <source>the bundled model</source>
        <translation>内置模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="137"/>
        <source>%1 actions per gold span against %2 for %3 on %4 held-out document(s).</source>
        <translation>在 %4 篇留出文档上，每个金标准片段 %1 次操作，%3为 %2 次。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="147"/>
        <source>It is now the project&apos;s active learned suggester: it measured better:</source>
        <translation>它现在是本项目启用的学习型建议模型：测评结果更好：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="151"/>
        <source>It is now the project&apos;s active learned suggester: it measured as cheap as the one in use and learned from more of the project&apos;s gold:</source>
        <translation>它现在是本项目启用的学习型建议模型：测评所需操作与正在使用的模型一样少，且学过本项目更多的金标准：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="157"/>
        <source>It was stored but not made active: it did not measure better than the suggester in use, which goes on suggesting:</source>
        <translation>它已保存但未启用：测评结果并不优于正在使用的建议模型，后者继续提供建议：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="191"/>
        <source>&amp;Activate anyway</source>
        <translation>仍然启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="194"/>
        <source>Make this model the one that suggests although it did not measure better; Tools → Suggester models… goes back.</source>
        <translation>即使测评并不更好，也让此模型提供建议；可在“工具 → 建议模型管理…”中改回。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="228"/>
        <source>You made it the project&apos;s active learned suggester although it did not measure better; the suggestions are being computed again with it.</source>
        <translation>你已将它设为本项目启用的学习型建议模型（尽管测评并不更好）；正在用它重新计算建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="241"/>
        <source>It could not be made active: %1</source>
        <translation>无法启用它：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reports.py" line="253"/>
        <source>Trained %1 on %2 gold document(s): %3 characters, %4 spans (%5) in %6 s.</source>
        <translation>已用 %2 篇金标准文档训练 %1：%3 个字符，%4 个片段（%5），耗时 %6 秒。</translation>
    </message>
</context>
</TS>
