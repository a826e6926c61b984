<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/gui/actions.py" line="48" />
        <source>&amp;Import Pages…</source>
        <extracomment>Highlight actions, one per colour: Ctrl+1 … Ctrl+5.</extracomment>
        <translation>导入版面(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="52" />
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="56" />
        <source>&amp;Export Notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="59" />
        <source>Import &amp;Notes…</source>
        <translation>导入笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="60" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="61" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="62" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="64" />
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="68" />
        <source>Search &amp;Library…</source>
        <translation>搜索文库(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="72" />
        <source>Highlight with &amp;Note…</source>
        <translation>标注并写笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="76" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="80" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="83" />
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="84" />
        <source>&amp;Serif Font</source>
        <translation>衬线字体(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="86" />
        <source>Show &amp;Original Page</source>
        <translation>显示原始版面(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="89" />
        <source>&amp;Look Up Word</source>
        <translation>查词(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="91" />
        <source>Show Tone Changes of 一 and 不</source>
        <translation>显示“一”“不”的变调</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="94" />
        <source>&amp;About Dubao</source>
        <translation>关于读报(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="111" />
        <source>Pop Up on &amp;Hover</source>
        <translation>悬停时弹出(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="112" />
        <source>Pop Up on &amp;Click</source>
        <translation>点击时弹出(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="113" />
        <source>&amp;No Pop-ups</source>
        <translation>不弹出(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="119" />
        <source>Tone Colours: &amp;Pleco</source>
        <translation>声调颜色：&amp;Pleco</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="120" />
        <source>Tone Colours: &amp;MDBG</source>
        <translation>声调颜色：&amp;MDBG</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="121" />
        <source>Tone Colours: &amp;Off</source>
        <translation>声调颜色：关闭(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="127" />
        <source>Highlight</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="136" />
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="137" />
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="138" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="139" />
        <source>S&amp;epia</source>
        <translation>护眼棕(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="151" />
        <source>Follow System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../../desktop/gui/panels/notes.py" line="70" />
        <source>detached: its text is no longer in the article</source>
        <translation>未定位：文章中已找不到这段文字</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../desktop/gui/controller.py" line="216" />
        <source>Select some text of the article first.</source>
        <translation>请先选中文章中的文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="287" />
        <source>Searching… (the search index is being brought up to date)</source>
        <translation>正在搜索…（正在更新搜索索引）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="290" />
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/controller.py" line="309" />
        <source>%n match(es) in this article</source>
        <translation>
            <numerusform>本文共 %n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="317" />
        <source>Import Pages</source>
        <translation>导入版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="319" />
        <source>Pages (*.txt *.md);;All files (*)</source>
        <translation>版面 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="326" />
        <source>Import a Folder of Pages</source>
        <translation>导入版面文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="347" />
        <source>Importing pages…</source>
        <translation>正在导入版面…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="347" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="354" />
        <location filename="../../desktop/gui/controller.py" line="381" />
        <source>That article is no longer in the library.</source>
        <translation>文库中已没有这篇文章。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/controller.py" line="400" />
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>Dubao</name>
    <message>
        <location filename="../../desktop/app.py" line="89" />
        <source>Importing the bundled pages…</source>
        <extracomment>Set to make the app print the time to first painted article and quit (benchmarks).</extracomment>
        <translation>正在导入自带的版面…</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desktop/gui/panels/vocabulary.py" line="83" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/vocabulary.py" line="84" />
        <source>Meaning</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/vocabulary.py" line="85" />
        <source>Sentence</source>
        <translation>例句</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="165" />
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="174" />
        <source>Exporting notes…</source>
        <translation>正在导出笔记…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="185" />
        <source>Export Vocabulary</source>
        <translation>导出生词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="199" />
        <source>Exporting vocabulary…</source>
        <translation>正在导出生词…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="214" />
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="216" />
        <source>Web Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>网页标注 (*.json *.jsonld);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="229" />
        <source>Notes imported</source>
        <translation>笔记已导入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="235" />
        <source>Importing notes…</source>
        <translation>正在导入笔记…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="244" />
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="247" />
        <source>Exported %1 item(s) to %2</source>
        <translation>已导出 %1 项到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="252" />
        <location filename="../../desktop/gui/exporting.py" line="256" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/gui/reader/findbar.py" line="42" />
        <source>Find in article</source>
        <extracomment>(spans, current index) to show; an empty list clears the hits.</extracomment>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/findbar.py" line="48" />
        <source>Previous (Shift+F3)</source>
        <translation>上一个 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/findbar.py" line="51" />
        <source>Next (F3)</source>
        <translation>下一个 (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/findbar.py" line="54" />
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/findbar.py" line="106" />
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
</context>
<context>
    <name>Learner</name>
    <message>
        <location filename="../../desktop/gui/learner.py" line="113" />
        <source>Loading the dictionary…</source>
        <extracomment>(article id, word): show where a saved word came from.</extracomment>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/learner.py" line="131" />
        <source>The dictionary could not be loaded: %1</source>
        <translation>无法加载词典：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/learner.py" line="198" />
        <source>Saved %1 to your vocabulary.</source>
        <translation>已将 %1 加入生词本。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/learner.py" line="207" />
        <source>Give one syllable for each character.</source>
        <translation>请为每个字给出一个音节。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/learner.py" line="242" />
        <source>The article this word came from is not in the library.</source>
        <translation>这个词所在的文章已不在文库中。</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/gui/panels/library.py" line="179" />
        <source>Filter articles…</source>
        <translation>筛选文章…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="69" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="74" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="79" />
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="83" />
        <source>Vocabulary</source>
        <translation>生词本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="108" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="113" />
        <source>Export &amp;Vocabulary</source>
        <translation>导出生词(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="116" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="126" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="130" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="139" />
        <source>&amp;Learner</source>
        <translation>学习(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="148" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="149" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="152" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/mainwindow.py" line="154" />
        <source>Highlight</source>
        <translation>标注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/mainwindow.py" line="208" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/mainwindow.py" line="208" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 个版面</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesExportDialog</name>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="61" />
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="66" />
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="68" />
        <source>Selected articles (%1)</source>
        <translation>选中的文章（%1 篇）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="70" />
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="82" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="86" />
        <source>Until</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="98" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="99" />
        <source>Notes of</source>
        <translation>笔记范围</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="100" />
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="101" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/gui/panels/notes.py" line="116" />
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/notes.py" line="117" />
        <source>All notes</source>
        <translation>全部笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/notes.py" line="118" />
        <source>Detached</source>
        <translation>未定位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/notes.py" line="120" />
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/notes.py" line="124" />
        <source>Filter notes…</source>
        <translation>筛选笔记…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/notes.py" line="134" />
        <source>Write a note for the selected highlight…</source>
        <translation>为选中的标注写笔记…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/notes.py" line="147" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/panels/notes.py" line="204" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OriginalPageDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="46" />
        <source>Original page — %1</source>
        <translation>原始版面 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="49" />
        <source>Imported %1 · encoding %2</source>
        <translation>导入于 %1 · 编码 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="63" />
        <source>Page furniture (not part of any article): </source>
        <translation>版面杂项（不属于任何文章）：</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/gui/reader/view.py" line="106" />
        <source>Choose an article from the library.</source>
        <extracomment>Longest comfortable line, in characters of the body font. Emitted once, the first time an article has been painted (start-up measurement). (start, end, colour, ask for a note) in body offsets. (annotation uuid, action): action is "note", "delete" or a colour name. (body offset, global position, from the keyboard): show the word popup there. The pointer left the text: hide the word popup.</extracomment>
        <translation>请从文库中选择一篇文章。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/view.py" line="283" />
        <source>Highlight</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/view.py" line="289" />
        <source>Highlight with Note…</source>
        <translation>标注并写笔记…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/view.py" line="299" />
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/view.py" line="299" />
        <source>Add Note…</source>
        <translation>添加笔记…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/view.py" line="301" />
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/view.py" line="307" />
        <source>Delete Highlight</source>
        <translation>删除标注</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/gui/panels/search.py" line="131" />
        <source>Search the library: words, "phrases", OR, -word, title:</source>
        <translation>搜索文库：词语、"短语"、OR、-排除词、title:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/search.py" line="159" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/panels/search.py" line="170" />
        <source>%n article(s) found</source>
        <translation>
            <numerusform>找到 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/search.py" line="172" />
        <source> (showing %1)</source>
        <translation>（显示 %1 篇）</translation>
    </message>
</context>
<context>
    <name>VocabularyPanel</name>
    <message>
        <location filename="../../desktop/gui/panels/vocabulary.py" line="115" />
        <source>Search saved words…</source>
        <translation>搜索生词…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/vocabulary.py" line="118" />
        <source>All words</source>
        <translation>全部生词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/vocabulary.py" line="119" />
        <source>Learning</source>
        <translation>学习中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/vocabulary.py" line="120" />
        <location filename="../../desktop/gui/panels/vocabulary.py" line="125" />
        <source>Known</source>
        <translation>已掌握</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/vocabulary.py" line="127" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/panels/vocabulary.py" line="128" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/panels/vocabulary.py" line="164" />
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordPopup</name>
    <message>
        <location filename="../../desktop/gui/reader/wordpopup.py" line="88" />
        <source>Save to vocabulary (S)</source>
        <extracomment>Tone colours by palette: tones 1–4 and the neutral tone (5).</extracomment>
        <translation>加入生词本 (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/wordpopup.py" line="91" />
        <source>Correct reading…</source>
        <translation>更正读音…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/wordpopup.py" line="124" />
        <source>Traditional: %1</source>
        <translation>繁体：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/wordpopup.py" line="128" />
        <source>your reading</source>
        <translation>你的读音</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/wordpopup.py" line="131" />
        <source>Said: %1</source>
        <translation>实际读作：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/wordpopup.py" line="145" />
        <source>Not in the dictionary.</source>
        <translation>词典中没有收录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/wordpopup.py" line="163" />
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/wordpopup.py" line="166" />
        <source>Use the automatic reading</source>
        <translation>使用自动读音</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/wordpopup.py" line="173" />
        <source>Reading of %1, one syllable per character (e.g. hang2 ye4):</source>
        <translation>%1 的读音，每个字一个音节（如 hang2 ye4）：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reader/wordpopup.py" line="176" />
        <source>Correct reading</source>
        <translation>更正读音</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../desktop/gui/commands.py" line="26" />
        <source>Highlight</source>
        <extracomment>Command ids for merging consecutive edits of one note into one undo step.</extracomment>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="44" />
        <source>Delete Highlight</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="56" />
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/commands.py" line="71" />
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="88" />
        <source>%1 imported, %2 already present, %3 refused</source>
        <translation>导入 %1 个，已存在 %2 个，拒绝 %3 个</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="94" />
        <source>(cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="97" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="100" />
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="101" />
        <source>already present</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="102" />
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="132" />
        <source>Read and annotate Chinese newspaper pages.</source>
        <extracomment>Data and code bundled with Dubao under their own licences (texts in resources/licenses/).</extracomment>
        <translation>阅读并标注中文报纸版面。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="136" />
        <source>Dubao includes:</source>
        <translation>读报包含以下组件：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="144" />
        <source>About Dubao</source>
        <translation>关于读报</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="41" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="42" />
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="43" />
        <source>CSV spreadsheet</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="44" />
        <source>W3C Web Annotations</source>
        <translation>W3C 网页标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="45" />
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="46" />
        <source>Anki deck</source>
        <translation>Anki 卡组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exporting.py" line="47" />
        <source>Pleco flashcards</source>
        <translation>Pleco 卡片</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../desktop/gui/tasks.py" line="139" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>