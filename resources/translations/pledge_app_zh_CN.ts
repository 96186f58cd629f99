<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pledge Manager</source>
        <extracomment>Written by tools/licences.py from uv.lock and the installed packages&apos; metadata.</extracomment>
        <translation>关于责任书管理系统</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pledge Manager {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;责任书管理系统 {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Draft, sign, print and track target-responsibility pledges.</source>
        <translation>起草、签署、打印和跟踪目标责任书。</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{revision} (this version expects {newest})</source>
        <translation>{revision}（本版本需要 {newest}）</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>数据库结构版本：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>运行环境：</translation>
    </message>
    <message>
        <source>Pledge Manager</source>
        <translation>责任书管理系统</translation>
    </message>
    <message>
        <source>The licence list is missing from this installation.</source>
        <translation>本次安装缺少许可证清单。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>ActionTooltips</name>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Start version {revision} of “{title}” as a new draft? Version {current} stays signed and in force until the new version is signed by both parties.</source>
        <translation>将“{title}”的第 {revision} 版作为新草稿开始吗？在新版本经双方签署之前，第 {current} 版仍保持已签署并有效。</translation>
    </message>
    <message>
        <source>&amp;Reason for the change (修改原因):</source>
        <translation>修改原因(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. The deadline of task 3 moves to the end of the year.</source>
        <translation>例如：第 3 项任务的完成时限调整至年底。</translation>
    </message>
    <message>
        <source>The reason is kept in the audit log with the new version.</source>
        <translation>修改原因将随新版本记入操作日志。</translation>
    </message>
    <message>
        <source>Start &amp;version {revision}</source>
        <translation>开始第 {revision} 版(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ApplicationCommands</name>
    <message>
        <source>Open database</source>
        <extracomment>Another database was opened: (the database, the name to show for it). Opens a folder in the file manager (a test puts a recorder here).</extracomment>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Pledge databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>责任书数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The office settings were not saved</source>
        <translation>本单位设置未保存</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start Pledge Manager.</source>
        <translation>新的界面语言将在下次启动责任书管理系统时生效。</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>The log folder is {folder}</source>
        <translation>日志文件夹位于：{folder}</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>A pledge id the user asked to open (double-click on an entry or a finding). A check of the chain finished; its findings are in `findings` and on show. What the last check found; None before the first check.</extracomment>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <source>Check the database file, the content of every signed pledge and the chain of audit entries</source>
        <translation>检查数据库文件、每份已签署责任书的内容以及审计记录链</translation>
    </message>
    <message>
        <source>&amp;Pledge:</source>
        <translation>责任书(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>What does this &amp;mean?</source>
        <translation>这是什么意思(&amp;M)？</translation>
    </message>
    <message>
        <source>All pledges</source>
        <translation>全部责任书</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Problems found ({count}): something was changed outside Pledge Manager.</source>
        <translation>发现问题（{count} 个）：有内容在责任书管理系统之外被改动。</translation>
    </message>
    <message>
        <source>No problems found: the database, the signed pledges and the audit chain are intact.</source>
        <translation>未发现问题：数据库、已签署的责任书和审计记录链均完好。</translation>
    </message>
    <message>
        <source>{shown} of {total} entries</source>
        <translation>共 {total} 条记录，显示 {shown} 条</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Windows user</source>
        <translation>Windows 用户</translation>
    </message>
    <message>
        <source>Signer / actor</source>
        <translation>签署人 / 操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>责任书</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Draft created</source>
        <translation>已创建草稿</translation>
    </message>
    <message>
        <source>Draft edited</source>
        <translation>已修改草稿</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Signed by both parties</source>
        <translation>双方已签署</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Amendment started</source>
        <translation>开始变更</translation>
    </message>
    <message>
        <source>Signature image stored</source>
        <translation>已存储签名图片</translation>
    </message>
    <message>
        <source>Seal changed</source>
        <translation>公章已更换</translation>
    </message>
    <message>
        <source>Signed copy printed</source>
        <translation>已打印签署件</translation>
    </message>
    <message>
        <source>Signatory added</source>
        <translation>已添加签署人</translation>
    </message>
    <message>
        <source>Term of office changed</source>
        <translation>任期已更改</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>单位已修改</translation>
    </message>
    <message>
        <source>Unit renamed</source>
        <translation>单位已更名</translation>
    </message>
    <message>
        <source>Units merged</source>
        <translation>单位已合并</translation>
    </message>
    <message>
        <source>Office settings changed</source>
        <translation>办公室设置已更改</translation>
    </message>
    <message>
        <source>Number assigned</source>
        <translation>已分配编号</translation>
    </message>
    <message>
        <source>Numbering counter set</source>
        <translation>编号计数已设置</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>已从备份恢复</translation>
    </message>
    <message>
        <source>Office setup skipped</source>
        <translation>已跳过单位设置</translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation>报送进展</translation>
    </message>
    <message>
        <source>Milestones changed</source>
        <translation>调整节点</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Draft {number} “{title}” created</source>
        <translation>已创建草稿 {number}“{title}”</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>修改了：{fields}</translation>
    </message>
    <message>
        <source>Content frozen, hash {hash}</source>
        <translation>内容已定稿，哈希值 {hash}</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>退回为草稿</translation>
    </message>
    <message>
        <source>Back to draft; signatures lapsed: {parties}</source>
        <translation>退回为草稿；以下签署已失效：{parties}</translation>
    </message>
    <message>
        <source>Draft {number} “{title}”</source>
        <translation>草稿 {number}“{title}”</translation>
    </message>
    <message>
        <source>{party}, {method}, dated {date}</source>
        <translation>{party}，{method}，日期 {date}</translation>
    </message>
    <message>
        <source>Version {revision} in force, hash {hash}</source>
        <translation>第 {revision} 版生效，哈希值 {hash}</translation>
    </message>
    <message>
        <source>Replaced by version {revision}</source>
        <translation>已被第 {revision} 版替代</translation>
    </message>
    <message>
        <source>New version {revision}; reason: {reason}</source>
        <translation>新版本：第 {revision} 版；修改原因：{reason}</translation>
    </message>
    <message>
        <source>New version {revision}</source>
        <translation>新版本：第 {revision} 版</translation>
    </message>
    <message>
        <source>Version {revision}, PDF {hash}</source>
        <translation>第{revision}版，PDF {hash}</translation>
    </message>
    <message>
        <source>Version {revision} imported as {status} from {source}</source>
        <translation>第 {revision} 版从 {source} 导入，状态为{status}</translation>
    </message>
    <message>
        <source>Number {number} (before: {before})</source>
        <translation>文号 {number}（原为：{before}）</translation>
    </message>
    <message>
        <source>“{item}”: {percent}%, {state}, period {period}</source>
        <translation>“{item}”：{percent}%，{state}，报送期 {period}</translation>
    </message>
    <message>
        <source>; {n} evidence files</source>
        <translation>；佐证材料 {n} 个</translation>
    </message>
    <message>
        <source>; corrects an earlier report</source>
        <translation>；更正此前的报送</translation>
    </message>
    <message>
        <source>Milestones now: {milestones}</source>
        <translation>节点调整为：{milestones}</translation>
    </message>
    <message>
        <source>{unit}, {title}</source>
        <translation>{unit}，{title}</translation>
    </message>
    <message>
        <source>{unit}: in office from {start} to {end}</source>
        <translation>{unit}：任职自 {start} 至 {end}</translation>
    </message>
    <message>
        <source>{unit}: seal removed</source>
        <translation>{unit}：公章已移除</translation>
    </message>
    <message>
        <source>{unit}: new seal</source>
        <translation>{unit}：新公章</translation>
    </message>
    <message>
        <source>{old} is now called {new}; drafts moved: {drafts}</source>
        <translation>{old} 已更名为 {new}；移交草稿 {drafts} 份</translation>
    </message>
    <message>
        <source>{old} merged into {new}; drafts moved: {drafts}</source>
        <translation>{old} 已并入 {new}；移交草稿 {drafts} 份</translation>
    </message>
    <message>
        <source>{year}: counter from {before} to {after}</source>
        <translation>{year} 年：计数由 {before} 改为 {after}</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <source>Drafts moved: {items}</source>
        <translation>移交的草稿：{items}</translation>
    </message>
    <message>
        <source>Signed pledges kept: {items}</source>
        <translation>保留的已签署责任书：{items}</translation>
    </message>
    <message>
        <source>Signatories moved: {items}</source>
        <translation>移交的签署人：{items}</translation>
    </message>
    <message>
        <source>Entry {seq}, hash {hash}</source>
        <translation>第 {seq} 条记录，哈希值 {hash}</translation>
    </message>
</context>
<context>
    <name>AutosaveRecovery</name>
    <message>
        <source>(no title yet)</source>
        <translation>（尚无标题）</translation>
    </message>
    <message>
        <source>A new pledge, “{title}” ({tasks} tasks), was being typed at {time} but was never saved. Pledge Manager kept the text.</source>
        <translation>{time} 时正在填写的新责任书“{title}”（{tasks} 项任务）从未保存。系统已自动保留了其内容。</translation>
    </message>
    <message>
        <source>Unsaved new pledge</source>
        <translation>未保存的新责任书</translation>
    </message>
    <message>
        <source>Open it in the editor now?</source>
        <translation>现在在编辑器中打开它吗？</translation>
    </message>
    <message>
        <source>Discard it for good? (No keeps it to be offered next time.)</source>
        <translation>永久丢弃它吗？（选“否”则保留，下次再提示。）</translation>
    </message>
</context>
<context>
    <name>BatchPdfWriter</name>
    <message>
        <source>Save the PDFs into</source>
        <extracomment>A pledge was done (written or skipped): how many so far, and which one. Emitted on the worker thread; receivers on the GUI thread get it queued. The batch ended, after the summary was shown: its PrintedBatch (None if it failed). Opens the folder written to, if the clerk asks in the summary (tests fake it).</extracomment>
        <translation>将 PDF 保存到</translation>
    </message>
    <message>
        <source>Saving {count} PDF files to {folder}…</source>
        <translation>正在将 {count} 个 PDF 文件保存到 {folder}…</translation>
    </message>
    <message>
        <source>Saving the PDFs…</source>
        <translation>正在保存 PDF…</translation>
    </message>
    <message>
        <source>Save as PDFs</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Saved {done} of {total}: {pledge}</source>
        <translation>已完成 {done}/{total}：{pledge}</translation>
    </message>
    <message>
        <source>Wrote {count} PDF files to {folder}.</source>
        <translation>已将 {count} 个 PDF 文件写入 {folder}。</translation>
    </message>
    <message>
        <source>Cancelled: {count} pledges were not saved.</source>
        <translation>已取消：{count} 份责任书未保存。</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>{pledge}: {reason}</source>
        <translation>{pledge}：{reason}</translation>
    </message>
    <message>
        <source>The PDFs were not saved</source>
        <translation>PDF 未保存</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Sign PDF digitally</source>
        <extracomment>Asks for a certificate file; `UserPrompts.ask_open_path` fits.</extracomment>
        <translation>PDF数字签名</translation>
    </message>
    <message>
        <source>The PDF is signed with the office certificate (a .p12 file). The password is used only now and is not stored.</source>
        <translation>PDF将使用本单位证书（.p12 文件）进行数字签名。密码仅本次使用，不会保存。</translation>
    </message>
    <message>
        <source>Office certificate (.p12 / .pfx)</source>
        <translation>单位证书（.p12 / .pfx）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Choose the office certificate</source>
        <translation>选择单位证书</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>证书 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>将此图表保存为 PNG 图片</translation>
    </message>
</context>
<context>
    <name>ChosenFile</name>
    <message>
        <source>{name} is larger than {size} MB.</source>
        <translation>{name} 超过 {size} MB。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Pledge Manager ran into a problem it did not expect.

Pledges you saved are safe. The pledge you were editing was kept as a draft every few seconds; it is offered back when you open it again.

A report was written to the log folder:
{folder}</source>
        <translation>责任书管理系统遇到了一个意外的问题。

已保存的责任书不受影响。正在编辑的责任书每隔几秒就自动保留了草稿，再次打开它时会询问是否恢复。

问题报告已写入日志文件夹：
{folder}</translation>
    </message>
    <message>
        <source>Restart Pledge Manager to carry on. If this happens again, send the file pledge-app.log from the log folder to whoever supports you.</source>
        <translation>请重新启动责任书管理系统继续工作。如果问题再次出现，请把日志文件夹中的 pledge-app.log 文件发给技术支持人员。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Tasks: {overdue} overdue, {week} due this week</source>
        <translation>任务：{overdue}项逾期，{week}项本周到期</translation>
    </message>
    <message>
        <source>Tasks: {overdue} overdue</source>
        <translation>任务：{overdue}项逾期</translation>
    </message>
    <message>
        <source>Tasks: {week} due this week</source>
        <translation>任务：{week}项本周到期</translation>
    </message>
    <message>
        <source>Red tasks</source>
        <translation>红灯任务</translation>
    </message>
    <message>
        <source>Yellow tasks</source>
        <translation>黄灯任务</translation>
    </message>
    <message>
        <source>Green tasks</source>
        <translation>绿灯任务</translation>
    </message>
    <message>
        <source>Done tasks</source>
        <translation>已完成任务</translation>
    </message>
    <message>
        <source>Tasks in force</source>
        <translation>生效任务</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>{unit}: done</source>
        <extracomment>The tasks behind a number (a TaskFilter with `keys`) and words saying what they are. A short line for the status bar (a chart was saved). New figures are on show (in `figures`). What is on show; None before the first read.</extracomment>
        <translation>{unit}：已完成</translation>
    </message>
    <message>
        <source>{unit}: not done</source>
        <translation>{unit}：未完成</translation>
    </message>
    <message>
        <source>Overdue and not done on {date}</source>
        <translation>截至{date}逾期未完成</translation>
    </message>
    <message>
        <source>Due {date}: {item}</source>
        <translation>{date}到期：{item}</translation>
    </message>
    <message>
        <source>{unit}: not reported for {period}</source>
        <translation>{unit}：{period} 未报送</translation>
    </message>
    <message>
        <source>Register: {register}</source>
        <translation>清单：{register}</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to {file}</source>
        <translation>图表已保存到 {file}</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <source>Tasks due in the next 7 days</source>
        <translation>7天内到期的任务</translation>
    </message>
    <message>
        <source>Tasks due in the next 30 days</source>
        <translation>30天内到期的任务</translation>
    </message>
    <message>
        <source>Tasks not reported for {period}</source>
        <translation>{period} 未报送的任务</translation>
    </message>
    <message>
        <source>{unit}  {done}/{total}</source>
        <extracomment>The units in bar order: set index i is units[i].</extracomment>
        <translation>{unit}  {done}/{total}</translation>
    </message>
    <message>
        <source>{unit}: {done} of {total} tasks done; mean progress {percent}%</source>
        <translation>{unit}：{total}项任务已完成{done}项，平均进度{percent}%</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>{light}: {count}</source>
        <translation>{light}：{count}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>No pledge is in force yet.</source>
        <translation>尚无生效的责任书。</translation>
    </message>
    <message>
        <source>The dashboard follows signed pledges. Once a pledge is signed by both parties, its tasks, their traffic lights and the reports on them show here.</source>
        <translation>工作台跟踪已签订的责任书。责任书经双方签署后，其任务、红黄绿灯和进展报送情况将在此显示。</translation>
    </message>
    <message>
        <source>Tasks in force</source>
        <translation>生效任务</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>7天内到期</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>30天内到期</translation>
    </message>
    <message>
        <source>Units not reported</source>
        <translation>未报送单位</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Completion by unit</source>
        <translation>各单位完成情况</translation>
    </message>
    <message>
        <source>By completion</source>
        <translation>按完成情况</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation>红黄绿灯</translation>
    </message>
    <message>
        <source>Overdue by month</source>
        <translation>逐月逾期情况</translation>
    </message>
    <message>
        <source>Deadlines in the next 30 days</source>
        <translation>未来30天到期</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>五张清单</translation>
    </message>
    <message>
        <source>Overdue by month, {year}</source>
        <translation>{year}年逐月逾期情况</translation>
    </message>
    <message>
        <source>Not reported for {period}</source>
        <translation>{period} 未报送</translation>
    </message>
    <message>
        <source>Each month&apos;s reports are due by day {day} of the next month.</source>
        <translation>每月进展须于次月{day}日前报送。</translation>
    </message>
    <message>
        <source>Every unit has reported.</source>
        <translation>各单位均已报送。</translation>
    </message>
</context>
<context>
    <name>DatabaseBackups</name>
    <message>
        <source>Back up</source>
        <extracomment>Opens the database file again after a restore (the window&apos;s own way of opening one).</extracomment>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Pledge databases (*.sqlite3)</source>
        <translation>责任书数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up the database to {file}…</source>
        <translation>正在将数据库备份到 {file}…</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>未能备份</translation>
    </message>
    <message>
        <source>Backed up {count} pledges to {file}. The integrity check found this in the copy, as in the database; the backup is kept as evidence:
{findings}</source>
        <translation>已将 {count} 份责任书备份到 {file}。完整性检查在备份中发现以下问题（数据库中同样存在）；该备份已作为证据保留：
{findings}</translation>
    </message>
    <message>
        <source>Backed up {count} pledges to {file}; the copy was checked and is sound.</source>
        <translation>已将 {count} 份责任书备份到 {file}；备份文件已检查，完好无损。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Wait until the work under way (printing, importing…) has finished.</source>
        <translation>请等待正在进行的工作（打印、导入等）完成。</translation>
    </message>
    <message>
        <source>Pledge databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>责任书数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the database with the backup “{backup}”? Work saved since that backup will no longer show; the current database is kept beside it under a dated name, so nothing is deleted.</source>
        <translation>用备份“{backup}”替换当前数据库吗？该备份之后保存的内容将不再显示；当前数据库会以带日期的文件名保留在原处，不会删除任何内容。</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>未恢复任何内容</translation>
    </message>
    <message>
        <source>Restored {backup}. The database as it was is kept as {kept}.</source>
        <translation>已从 {backup} 恢复。原数据库保留为 {kept}。</translation>
    </message>
</context>
<context>
    <name>DeadlineEdit</name>
    <message>
        <source>e.g. 2026-12-31</source>
        <extracomment>A date was picked from the calendar (the editor then commits it).</extracomment>
        <translation>例如 2026-12-31</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>从日历中选择</translation>
    </message>
</context>
<context>
    <name>DialogProgress</name>
    <message>
        <source>Cancel</source>
        <extracomment>An operation as the window runs it: given the open database, it does the whole action.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>正在停止，当前这一步完成后停下…</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>… and {n} more: the number above opens them all</source>
        <extracomment>The soonest this many are listed; the &quot;next 30 days&quot; number opens them all (at ten times an office&apos;s size, 10,000 rows here took seconds to lay out).</extracomment>
        <translation>…… 另有 {n} 项：点击上方数字可查看全部</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <source>Reopen for editing</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>Sign PDF digitally…</source>
        <translation>PDF数字签名…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>版本比较…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>EditorAutosave</name>
    <message>
        <source>new pledge</source>
        <extracomment>What to keep when the timer fires: (pledge id, content), content None when nothing is unsaved; the whole answer None when nothing should be written (e.g. read-only).</extracomment>
        <translation>新建责任书</translation>
    </message>
    <message>
        <source>Changes to “{title}” that were not saved (kept automatically at {time}) were found. Restore them?</source>
        <translation>发现“{title}”有未保存的修改（已于 {time} 自动保留）。是否恢复？</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>Unsaved changes restored.</source>
        <translation>已恢复未保存的修改。</translation>
    </message>
    <message>
        <source>Autosave failed; save your work with Ctrl+S.</source>
        <translation>自动保存失败，请按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>Draft kept automatically.</source>
        <translation>草稿已自动保留。</translation>
    </message>
</context>
<context>
    <name>EditorBanner</name>
    <message>
        <source>This draft is version {n}, amending version {old} ({status}).</source>
        <translation>本稿为第{n}版修订稿，修订第{old}版（{status}）</translation>
    </message>
    <message>
        <source>Compare with version {old}</source>
        <translation>与第{old}版比较</translation>
    </message>
    <message>
        <source>Ready to sign — reopen to edit.</source>
        <translation>待签署 — 如需修改请先退回。</translation>
    </message>
    <message>
        <source>Signed — version {n} is being prepared as its amendment.</source>
        <translation>已签署——第{n}版修订稿正在准备中。</translation>
    </message>
    <message>
        <source>Open version {n}</source>
        <translation>打开第{n}版</translation>
    </message>
    <message>
        <source>Signed — amend to change.</source>
        <translation>已签署——如需变更请修订。</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <source>Superseded by version {n}; this version is read only.</source>
        <translation>已被第{n}版取代；本版本只读。</translation>
    </message>
    <message>
        <source>Superseded by a newer version; read only.</source>
        <translation>已被新版本取代，只读。</translation>
    </message>
</context>
<context>
    <name>EditorHost</name>
    <message>
        <source>{pledge} — {name}[*]</source>
        <extracomment>The clerk closed the editor (after saving or discarding). The editor wrote the pledge with this id. A short message for the status bar. The editor&apos;s pledge, status or unsaved state changed. Built on first use. The print preview of the pledge printed from the list.</extracomment>
        <translation>{pledge} — {name}[*]</translation>
    </message>
</context>
<context>
    <name>EditorPrinting</name>
    <message>
        <source>Cannot print</source>
        <extracomment>Only a signed pledge&apos;s copy is worth an office&apos;s digital signature. Asks which printer to use; None when the clerk cancels (tests pass a file printer). Opens a saved file with the system&apos;s viewer; None offers nothing (the window sets it; tests leave it). A print that takes longer than this shows its progress, with Cancel.</extracomment>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Some characters exist in none of the fonts on this computer, so they cannot be printed. Replace them, or install a font that has them:
{places}</source>
        <translation>有些字符在本机所有字体中都不存在，因此无法打印。请替换这些字符，或安装包含这些字符的字体：
{places}</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was saved or printed.</source>
        <translation>已取消打印，未保存也未打印任何内容。</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>The printed copy was not registered</source>
        <translation>打印件未能登记</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已向打印机发送 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <source>Saved the PDF to {path}.</source>
        <translation>PDF 已保存到 {path}。</translation>
    </message>
    <message>
        <source>Saved “{name}” in {folder}.</source>
        <translation>已将“{name}”保存到 {folder}。</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF 已保存</translation>
    </message>
</context>
<context>
    <name>EditorSigning</name>
    <message>
        <source>Compare versions</source>
        <extracomment>Every version of the pledge shown, oldest first (empty for an unsaved one). The signing dialog on show, if any (tests drive it). The comparison on show, if any. The question &quot;amend, and why?&quot; on show, if any. The scan of a paper signature on show, if any.</extracomment>
        <translation>版本比较</translation>
    </message>
    <message>
        <source>This pledge has only one version.</source>
        <translation>该责任书只有一个版本。</translation>
    </message>
    <message>
        <source>Save the scan</source>
        <translation>保存扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Scan not saved</source>
        <translation>扫描件未保存</translation>
    </message>
    <message>
        <source>Saved the scan to {path}.</source>
        <translation>扫描件已保存到 {path}。</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签署</translation>
    </message>
    <message>
        <source>{party} signed “{title}”.</source>
        <translation>{party}已签署《{title}》。</translation>
    </message>
    <message>
        <source>Signing order not changed</source>
        <translation>签署顺序未更改</translation>
    </message>
    <message>
        <source>Not amended</source>
        <translation>未修订</translation>
    </message>
    <message>
        <source>Version {revision} started as a draft.</source>
        <translation>已创建第{revision}版草稿。</translation>
    </message>
</context>
<context>
    <name>EditorStorage</name>
    <message>
        <source>Cannot open the pledge</source>
        <translation>无法打开责任书</translation>
    </message>
    <message>
        <source>The pledge cannot be saved yet:</source>
        <translation>责任书暂不能保存：</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>已保存“{title}”。</translation>
    </message>
    <message>
        <source>Complete these before finalising:</source>
        <translation>定稿前请完善以下内容：</translation>
    </message>
    <message>
        <source>Not finalised</source>
        <translation>未定稿</translation>
    </message>
    <message>
        <source>Finalised: ready to sign.</source>
        <translation>已定稿，待签署。</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>未退回修改</translation>
    </message>
    <message>
        <source>Reopened as a draft.</source>
        <translation>已退回为草稿。</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Click to go to this field</source>
        <extracomment>Lines of findings shown before the list scrolls.</extracomment>
        <translation>点击跳转到此处</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up your office</source>
        <translation>设置本单位信息</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>Pledge Manager — User guide</source>
        <extracomment>The guide&apos;s languages, the first being the one shown when no other fits.</extracomment>
        <translation>责任书管理系统 — 用户指南</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward &gt;</source>
        <translation>前进(&amp;F) &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>IntegrityWarningDialog</name>
    <message>
        <source>Integrity check</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <source>Pledge Manager itself refuses to change a signed pledge or the audit log, so these changes were made outside it — with another program, a script or by editing the database file — or the file is damaged.</source>
        <translation>责任书管理系统本身不允许修改已签署的责任书或审计日志，因此这些改动是在系统之外进行的（使用其他程序、脚本或直接编辑数据库文件），或者文件已损坏。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
    <message>
        <source>The integrity check found problems ({count}).</source>
        <translation>完整性检查发现问题（{count} 个）。</translation>
    </message>
    <message>
        <source>The database and the audit log</source>
        <translation>数据库与审计日志</translation>
    </message>
    <message>
        <source>Pledge {id}</source>
        <translation>责任书 {id}</translation>
    </message>
    <message>
        <source>The database&apos;s protection or its record of who did what was changed outside Pledge Manager. The history shown in the audit log can no longer be fully trusted.</source>
        <translation>数据库的保护机制或操作记录在责任书管理系统之外被改动。审计日志中显示的历史已不能完全信任。</translation>
    </message>
    <message>
        <source>This pledge was changed outside Pledge Manager after it was frozen for signing. Do not rely on the copy in the database: the printed copy signed in ink is the authority.</source>
        <translation>该责任书在定稿待签后于责任书管理系统之外被改动。请勿采信数据库中的内容，应以手写签署的纸质文本为准。</translation>
    </message>
    <message>
        <source>Do not print or sign the pledges listed here again for now.</source>
        <translation>暂时不要再次打印或签署此处列出的责任书。</translation>
    </message>
    <message>
        <source>Keep the signed paper copies; compare them with what the database shows.</source>
        <translation>请妥善保存已签署的纸质文本，并与数据库中显示的内容进行核对。</translation>
    </message>
    <message>
        <source>Tell your system administrator. They can compare the database with a backup and restore the backup if needed.</source>
        <translation>请告知系统管理员。管理员可将数据库与备份进行比对，必要时恢复备份。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>Show what the integrity check found</source>
        <extracomment>A check finished; its findings are in `findings`. What the last check found; None before the first check has finished.</extracomment>
        <translation>查看完整性检查发现的问题</translation>
    </message>
    <message numerus="yes">
        <source>Integrity check: %n problem(s) found.</source>
        <translation>
            <numerusform>完整性检查：发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity check: no problems found.</source>
        <translation>完整性检查：未发现问题。</translation>
    </message>
    <message>
        <source>Integrity check of the changes since the last sound check: no problems found.</source>
        <translation>完整性检查（自上次检查通过以来的变化）：未发现问题。</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <source>No problems found: the database, the signed pledges and the audit chain are intact.</source>
        <translation>未发现问题：数据库、已签署的责任书和审计链均完好。</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>{number} “{title}” (version {n})</source>
        <translation>{number}《{title}》（第{n}版）</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n integrity problem(s)</source>
        <translation>
            <numerusform>⚠ %n 个完整性问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>责任书</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Units &amp; signatories</source>
        <translation>单位与签署人</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;New pledge</source>
        <translation>新建责任书(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open pledge</source>
        <translation>打开责任书(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation>打印 / PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>打开数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Load sample &amp;data (demo)…</source>
        <translation>加载示例数据（演示）(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import pledges…</source>
        <translation>导入责任书(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export all pledges…</source>
        <translation>导出全部责任书(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find pledges</source>
        <translation>查找责任书(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>删除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Pledge Manager</source>
        <translation>关于责任书管理系统(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Verify a printed PDF…</source>
        <translation>核验打印的PDF(&amp;V)…</translation>
    </message>
    <message>
        <source>Create office &amp;certificate…</source>
        <translation>创建单位证书(&amp;C)…</translation>
    </message>
    <message>
        <source>Check database &amp;integrity</source>
        <translation>数据库完整性检查(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>New pledge</source>
        <translation>新建责任书</translation>
    </message>
    <message>
        <source>Open pledge</source>
        <translation>打开责任书</translation>
    </message>
    <message>
        <source>Print / PDF</source>
        <translation>打印 / PDF</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>MergeUnitsDialog</name>
    <message>
        <source>Merge units</source>
        <translation>合并单位</translation>
    </message>
    <message>
        <source>Merge {unit} into the unit chosen below. Its drafts move to that unit; pledges already finalised or signed stay as they were signed. {unit} stays in the register, inactive.</source>
        <translation>将 {unit} 并入下面选定的单位。其草稿转到该单位名下；已定稿或已签署的责任书保持签署时的样子。{unit} 仍留在单位名录中，状态为停用。</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>并入：</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <source>Milestone</source>
        <extracomment>Store the milestones now shown (read them with `milestones()`).</extracomment>
        <translation>节点</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>&amp;Add milestone</source>
        <translation>添加节点(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save milestones</source>
        <translation>保存节点(&amp;S)</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>新节点</translation>
    </message>
</context>
<context>
    <name>ModalProgress</name>
    <message>
        <source>Cancel</source>
        <extracomment>Work shorter than this shows no dialog at all.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>NewCertificateDialog</name>
    <message>
        <source>Enter the name the certificate is issued to.</source>
        <translation>请输入证书颁发对象的名称。</translation>
    </message>
    <message>
        <source>Choose a password of at least {n} characters.</source>
        <translation>请设置至少 {n} 个字符的密码。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Create office certificate</source>
        <translation>创建单位证书</translation>
    </message>
    <message>
        <source>A certificate lets Pledge Manager sign PDFs digitally for this office. Keep the file and its password safe: whoever has both can sign in the office&apos;s name.</source>
        <translation>证书用于以本单位名义对PDF进行数字签名。请妥善保管证书文件及其密码：同时持有二者的人即可以本单位名义签名。</translation>
    </message>
    <message>
        <source>e.g. the reform office&apos;s name</source>
        <translation>例如：改革办名称</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>创建…</translation>
    </message>
</context>
<context>
    <name>NoMatchPanel</name>
    <message>
        <source>No pledges match the filters.</source>
        <translation>没有符合条件的责任书</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>清除筛选条件(&amp;C)</translation>
    </message>
</context>
<context>
    <name>NotReportedList</name>
    <message>
        <source>{unit} — tasks owed: {count}</source>
        <translation>{unit} — 未报送任务：{count}项</translation>
    </message>
</context>
<context>
    <name>OfficeSetup</name>
    <message>
        <source>The office settings were not saved</source>
        <extracomment>The wizard closed: True when its answers were stored, False when skipped.</extracomment>
        <translation>本单位设置未保存</translation>
    </message>
    <message>
        <source>The office settings were saved.</source>
        <translation>本单位设置已保存。</translation>
    </message>
    <message>
        <source>Sample data not loaded</source>
        <translation>未能加载示例数据</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>正在加载示例数据…</translation>
    </message>
    <message>
        <source>Added {count} sample pledges.</source>
        <translation>已添加 {count} 份示例责任书。</translation>
    </message>
</context>
<context>
    <name>OpenSaved</name>
    <message>
        <source>Not opened</source>
        <translation>未能打开</translation>
    </message>
    <message>
        <source>No program on this computer opened {path}.</source>
        <translation>这台电脑上没有程序能打开 {path}。</translation>
    </message>
</context>
<context>
    <name>ParagraphListEditor</name>
    <message>
        <source>Add paragraph</source>
        <extracomment>Why the texts a paste would leave cannot be taken, or None (the list sets it). A paste was refused; the message names the paragraph. Nothing was pasted.</extracomment>
        <translation>添加段落</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>No paragraphs yet. Click “Add paragraph” to start this section.</source>
        <translation>暂无段落。点击“添加段落”开始填写本部分。</translation>
    </message>
    <message>
        <source>Type the paragraph here…</source>
        <translation>在此输入段落内容…</translation>
    </message>
</context>
<context>
    <name>PdfTools</name>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Save the digitally signed PDF</source>
        <extracomment>Asks for the office certificate and its password; None when the clerk cancels. Asks what a new certificate is issued to; None when the clerk cancels. A job finished (successfully or not): &quot;signed&quot;, &quot;certificate&quot; or &quot;verified&quot;.</extracomment>
        <translation>保存已数字签名的PDF</translation>
    </message>
    <message>
        <source>-signed</source>
        <translation>-已签名</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Copy of pledge {number} “{title}”, version {revision}</source>
        <translation>责任书{number}《{title}》第{revision}版副本</translation>
    </message>
    <message>
        <source>Signing the PDF…</source>
        <translation>正在对PDF进行数字签名…</translation>
    </message>
    <message>
        <source>The digitally signed PDF was saved to {path}.</source>
        <translation>已数字签名的PDF已保存到 {path}。</translation>
    </message>
    <message>
        <source>Check: {summary}</source>
        <translation>校验：{summary}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>证书指纹（SHA-256）：{fingerprint}</translation>
    </message>
    <message>
        <source>PDF signed</source>
        <translation>PDF已签名</translation>
    </message>
    <message>
        <source>Saved the signed PDF to {path}.</source>
        <translation>已将签名的PDF保存到 {path}。</translation>
    </message>
    <message>
        <source>Save the office certificate</source>
        <translation>保存单位证书</translation>
    </message>
    <message>
        <source>office-certificate.p12</source>
        <translation>单位证书.p12</translation>
    </message>
    <message>
        <source>Certificates (*.p12)</source>
        <translation>证书 (*.p12)</translation>
    </message>
    <message>
        <source>Office certificate created</source>
        <translation>单位证书已创建</translation>
    </message>
    <message>
        <source>The certificate and its key were saved to {path}.</source>
        <translation>证书及其密钥已保存到 {path}。</translation>
    </message>
    <message>
        <source>The certificate alone, to give to whoever checks your PDFs, was saved to {path}.</source>
        <translation>供核验方使用的证书（不含密钥）已保存到 {path}。</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {fingerprint}</source>
        <translation>指纹（SHA-256）：{fingerprint}</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>未创建证书</translation>
    </message>
    <message>
        <source>Creating the certificate…</source>
        <translation>正在创建证书…</translation>
    </message>
    <message>
        <source>Verify a printed PDF</source>
        <translation>核验打印的PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot verify</source>
        <translation>无法核验</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在核验 {name}…</translation>
    </message>
</context>
<context>
    <name>PdfVerificationDialog</name>
    <message>
        <source>Verify a printed PDF</source>
        <translation>核验打印的PDF</translation>
    </message>
    <message>
        <source>⚠ Superseded: {file} is an untouched copy, but version {newer} replaced it; this copy is no longer in force.</source>
        <translation>⚠ 已被取代：{file} 是未经改动的副本，但已被第{newer}版取代，此副本不再有效。</translation>
    </message>
    <message>
        <source>✔ Genuine: {file} is an untouched copy of a signed pledge.</source>
        <translation>✔ 真实：{file} 是已签署责任书的原样副本。</translation>
    </message>
    <message>
        <source>✘ Not genuine: {file} cannot be trusted as a signed pledge.</source>
        <translation>✘ 不可信：{file} 不能作为已签署的责任书采信。</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>责任书</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>第{n}版</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Digital signatures</source>
        <translation>数字签名</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>该文件没有数字签名。</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>证书指纹（SHA-256）：</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page comes in a later release of Pledge Manager.</source>
        <translation>此页面将在责任书管理系统的后续版本中提供。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>The problem register: problems collected during the work, sorted, escalated and followed until they are resolved.</source>
        <translation>问题清单：收集工作中发现的问题，分类梳理、逐级上报，跟踪督办直至解决。</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>End-of-period assessment: score every task, total and grade each pledge, and rank the units.</source>
        <translation>期末考核：逐项评分，计算每份责任书的总分和等次，并对各单位进行排名。</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Reusable pledge templates: standard goals, duties, measures and task lists to start a new pledge from.</source>
        <translation>可复用的责任书模板：预置总体目标、改革责任、推进措施和任务清单，便于新建责任书。</translation>
    </message>
</context>
<context>
    <name>PledgeEditorPage</name>
    <message>
        <source>Signatures</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>new pledge</source>
        <translation>新建责任书</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>The clerk closed the editor (after saving or discarding). The pledge with this id was written to the database. A short message for the status bar. The pledge on show, its status or its unsaved state changed (see document_title).</extracomment>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Unsaved changes discarded.</source>
        <translation>未保存的修改已放弃。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to complete first, listed above the form.</source>
        <translation>
            <numerusform>还有 %n 项需要先完善，已列在表单上方。</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted rows would replace {count} task(s) from task {row} on. Replace them?</source>
        <translation>粘贴的行将从第{row}项任务起替换{count}项任务。确定替换吗？</translation>
    </message>
    <message>
        <source>Replace tasks</source>
        <translation>替换任务</translation>
    </message>
    <message>
        <source>Cannot change the task</source>
        <translation>无法修改该任务</translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>未粘贴任何内容</translation>
    </message>
    <message>
        <source>Finalise “{title}”? Its content is frozen for signing; to change it afterwards it has to be reopened, and signatures already given then lapse.</source>
        <translation>将“{title}”定稿？定稿后内容冻结、等待签署；如需再修改须退回修改，已有的签名随之失效。</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>{pledge} (version {n})</source>
        <translation>{pledge}（第{n}版）</translation>
    </message>
    <message>
        <source>New pledge</source>
        <translation>新建责任书</translation>
    </message>
</context>
<context>
    <name>PledgeExchange</name>
    <message>
        <source>Import pledges</source>
        <extracomment>Pledges were imported: the list should be read again. An import or export finished (successfully or not); tests wait on it. Whether an import or export is under way (the menu commands are off meanwhile).</extracomment>
        <translation>导入责任书</translation>
    </message>
    <message>
        <source>Pledge exchange files (*.pledges *.json);;All files (*)</source>
        <translation>责任书交换文件 (*.pledges *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import the pledges in {file} into this database?</source>
        <translation>将 {file} 中的责任书导入此数据库吗？</translation>
    </message>
    <message>
        <source>Imported {count} pledges from {file}.</source>
        <translation>已从 {file} 导入 {count} 份责任书。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>{file} was not imported; the database is unchanged.

{problems}</source>
        <translation>{file} 未导入，数据库未作任何更改。

{problems}</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Export all pledges</source>
        <translation>导出全部责任书</translation>
    </message>
    <message>
        <source>pledges-{date}.pledges</source>
        <translation>责任书-{date}.pledges</translation>
    </message>
    <message>
        <source>Pledge exchange files (*.pledges *.json)</source>
        <translation>责任书交换文件 (*.pledges *.json)</translation>
    </message>
    <message>
        <source>Exported {count} pledges to {file}.</source>
        <translation>已将 {count} 份责任书导出到 {file}。</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>未导出任何内容</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>正在导出到 {file}…</translation>
    </message>
</context>
<context>
    <name>PledgeHeaderForm</name>
    <message>
        <source>e.g. 改革办〔2026〕1号</source>
        <translation>例如：改革办〔2026〕1号</translation>
    </message>
    <message>
        <source>Title of the pledge</source>
        <translation>责任书标题</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>签署人职务</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发文单位（甲方）</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位（乙方）</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>待签署</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
</context>
<context>
    <name>PledgeListPage</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Search number, title or unit</source>
        <translation>搜索编号、标题或单位</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>搜索(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;New pledge</source>
        <extracomment>The ids of the pledges to print (the print preview is wired by the main window). The ids of the pledges to save as one PDF file each (wired by the main window). Whether Delete applies to the selection (drafts only) changed or was re-checked.</extracomment>
        <translation>新建责任书(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation>打印 / PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Save as PDFs…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>No pledges yet — create one with New pledge, or fill the database with a sample year through File → Load sample data (demo).</source>
        <translation>还没有责任书——点击“新建责任书”创建，或通过“文件 → 加载示例数据（演示）”填入一年的示例数据。</translation>
    </message>
    <message>
        <source>Delete the selected drafts (Del)</source>
        <translation>删除所选草稿 (Del)</translation>
    </message>
    <message>
        <source>Only drafts can be deleted: amend a signed pledge, reopen one ready to sign.</source>
        <translation>只能删除草稿：已签署的责任书请修订，待签署的请先退回修改。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Deleted {count} draft(s).</source>
        <translation>已删除 {count} 份草稿。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>打印 / PDF…</translation>
    </message>
    <message>
        <source>New pledge</source>
        <translation>新建责任书</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDFs…</source>
        <translation>另存为 PDF(&amp;V)…</translation>
    </message>
    <message>
        <source>Only drafts can be deleted. “{title}” is {status}: a signed pledge is changed by amending it, and one ready to sign can be reopened as a draft.</source>
        <translation>只能删除草稿。“{title}”的状态为{status}：已签署的责任书通过修订来变更，待签署的可先退回为草稿。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>{shown} of {total} pledges</source>
        <translation>共 {total} 份责任书，显示 {shown} 份</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>PledgeSections</name>
    <message>
        <source>1 · Goals</source>
        <extracomment>Tab order of the five sections; tasks are the fourth. A paste into a section&apos;s paragraph was refused; the message names the paragraph.</extracomment>
        <translation>一、总体目标</translation>
    </message>
    <message>
        <source>2 · Duties</source>
        <translation>二、改革责任</translation>
    </message>
    <message>
        <source>3 · Measures</source>
        <translation>三、推进措施</translation>
    </message>
    <message>
        <source>4 · Tasks</source>
        <translation>四、具体任务</translation>
    </message>
    <message>
        <source>5 · Outcomes</source>
        <translation>五、落地见效</translation>
    </message>
</context>
<context>
    <name>PledgeStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>待签署</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
</context>
<context>
    <name>PledgeTableModel</name>
    <message>
        <source>Number</source>
        <extracomment>The role that hands back the pledge id of a line.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>Sign PDF digitally…</source>
        <translation>PDF数字签名…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Each task keeps its percent</source>
        <extracomment>The states in the order a clerk meets them.</extracomment>
        <translation>各任务保持现有进度</translation>
    </message>
    <message>
        <source>Correct a report</source>
        <translation>更正进展报告</translation>
    </message>
    <message>
        <source>Report on {n} tasks</source>
        <translation>为 {n} 项任务报送进展</translation>
    </message>
    <message>
        <source>Add a progress report</source>
        <translation>报送进展</translation>
    </message>
    <message>
        <source>The same report on {n} tasks: {names} and {more} more</source>
        <translation>为 {n} 项任务报送同一进展：{names} 等另外 {more} 项</translation>
    </message>
    <message>
        <source>The same report on {n} tasks: {names}</source>
        <translation>为 {n} 项任务报送同一进展：{names}</translation>
    </message>
    <message>
        <source>This corrects the report for {start} – {end}. Both are kept; the correction counts from now on.</source>
        <translation>本次更正 {start} 至 {end} 的进展报告。原报告和更正都会保留，以更正为准。</translation>
    </message>
    <message>
        <source>The month this report is about</source>
        <translation>本次报送所属的月份</translation>
    </message>
    <message>
        <source>The unit&apos;s contact who reported</source>
        <translation>报送单位的联络员</translation>
    </message>
    <message>
        <source>What was done this period, what is next</source>
        <translation>本期完成了哪些工作，下一步怎么做</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Evidence (佐证材料): any kind of file, up to {limit} MB each.</source>
        <translation>佐证材料：任何类型的文件，每个不超过 {limit} MB。</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>报送期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>推进状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Per&amp;cent complete:</source>
        <translation>完成进度(&amp;C)：</translation>
    </message>
    <message>
        <source>Re&amp;porter:</source>
        <translation>报送人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation>进展情况(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>佐证材料(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Record report</source>
        <translation>报送(&amp;R)</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>无法添加该文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReachedCell</name>
    <message>
        <source>Reached</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>{register}: {count}</source>
        <translation>{register}：{count}</translation>
    </message>
</context>
<context>
    <name>RegisterTabs</name>
    <message>
        <source>All tasks ({count})</source>
        <extracomment>The registers in tab order after &quot;All tasks&quot; (tab 0). The clerk clicked a register&apos;s tab (also the current one): show that register.</extracomment>
        <translation>全部任务 ({count})</translation>
    </message>
    <message>
        <source>Every task in force, all units</source>
        <translation>所有生效责任书的全部任务，全部单位</translation>
    </message>
    <message>
        <source>Every task of {year} in force, all units</source>
        <translation>{year}年度生效的全部任务，全部单位</translation>
    </message>
    <message>
        <source>{register} ({count})</source>
        <translation>{register} ({count})</translation>
    </message>
    <message>
        <source>The {register} register: its tasks in force, all units</source>
        <translation>{register}：生效的任务，全部单位</translation>
    </message>
    <message>
        <source>The {register} register of {year}: its tasks, all units</source>
        <translation>{year}年度{register}：全部单位的任务</translation>
    </message>
</context>
<context>
    <name>RenameUnitDialog</name>
    <message>
        <source>Rename a unit</source>
        <translation>单位更名</translation>
    </message>
    <message>
        <source>Drafts and signatories move to the new name. Pledges already finalised or signed keep the name {unit}, as they were signed; it stays in the register as a former name.</source>
        <translation>草稿和签署人随单位转到新名称下。已定稿或已签署的责任书保留签署时的名称 {unit}，该名称作为曾用名留在单位名录中。</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>ReportTimeline</name>
    <message>
        <source>No progress reported yet.</source>
        <extracomment>Open an evidence file (its id) with the system&apos;s viewer. Save an evidence file: (its id, its name). Correct a report: its ReportView.</extracomment>
        <translation>尚未报送进展。</translation>
    </message>
    <message>
        <source>{period} · {state} · {percent}%</source>
        <translation>{period} · {state} · {percent}%</translation>
    </message>
    <message>
        <source>Correct this report…</source>
        <translation>更正此报告…</translation>
    </message>
    <message>
        <source>Correction of the report made on {date}.</source>
        <translation>更正 {date} 报送的报告。</translation>
    </message>
    <message>
        <source>Corrected by a later report: this one no longer counts.</source>
        <translation>已被后来的报告更正，本报告不再计算。</translation>
    </message>
    <message>
        <source>Reported on {date} by {reporter}; recorded by {clerk} at {time}</source>
        <translation>{date} 由 {reporter} 报送；{clerk} 于 {time} 录入</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>📎 {name} ({size})</source>
        <translation>📎 {name}（{size}）</translation>
    </message>
    <message>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256：{hash}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>SampleDataLoader</name>
    <message>
        <source>Load sample data</source>
        <extracomment>The sample pledges were added (or were all there already). Whether a load is under way (the menu command is off meanwhile).</extracomment>
        <translation>加载示例数据</translation>
    </message>
    <message>
        <source>Add a sample year to this database: units, signed and draft pledges, an amendment in progress? Pledges already there are left as they are; the sample pledges can be deleted or amended like any other.</source>
        <translation>向本数据库加入一年的示例数据：单位、已签署和草稿状态的责任书，以及一份修订中的责任书？已有的责任书保持不变；示例责任书可以像其他责任书一样删除或修订。</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>正在加载示例数据…</translation>
    </message>
    <message>
        <source>The sample pledges are already in this database; nothing was added.</source>
        <translation>示例责任书已在本数据库中，未添加任何内容。</translation>
    </message>
    <message>
        <source>Added {count} sample pledges.</source>
        <translation>已添加 {count} 份示例责任书。</translation>
    </message>
    <message>
        <source>PIN of the stored signature of {name}: {pin}</source>
        <translation>{name} 的存储签名 PIN：{pin}</translation>
    </message>
    <message>
        <source>Sample data not loaded</source>
        <translation>未能加载示例数据</translation>
    </message>
</context>
<context>
    <name>ScanViewDialog</name>
    <message>
        <source>Scan signed in ink — {party}</source>
        <translation>纸质签署扫描件 — {party}</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>本单位(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Printing</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tracking</source>
        <translation>任务跟踪(&amp;T)</translation>
    </message>
    <message>
        <source>These settings are yours, on this computer only.</source>
        <translation>以下设置只对您本人、在这台电脑上有效。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language takes effect the next time you start Pledge Manager.</source>
        <translation>更改的界面语言将在下次启动责任书管理系统时生效。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Autosave drafts every:</source>
        <translation>自动保留草稿间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>These settings are stored in the database and shared by everyone who opens it.</source>
        <translation>以下设置保存在数据库中，所有打开这个数据库的人共用。</translation>
    </message>
    <message>
        <source>{year} is the year and {n} the running number.</source>
        <translation>{year} 代表年度，{n} 代表流水号。</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>恢复默认(&amp;F)</translation>
    </message>
    <message>
        <source>Issuing &amp;unit:</source>
        <translation>发文单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>签署人(&amp;S)：</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>签署人职务(&amp;T)：</translation>
    </message>
    <message>
        <source>Numbering &amp;pattern:</source>
        <translation>编号规则(&amp;P)：</translation>
    </message>
    <message>
        <source>2026年3月1日 (Arabic numerals)</source>
        <translation>2026年3月1日（阿拉伯数字）</translation>
    </message>
    <message>
        <source>二〇二六年三月一日 (Chinese numerals)</source>
        <translation>二〇二六年三月一日（汉字数字）</translation>
    </message>
    <message>
        <source>Print the task table &amp;landscape</source>
        <translation>任务表横向打印(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期写法(&amp;D)：</translation>
    </message>
    <message>
        <source>These settings are stored in the database and shared by everyone who opens it, so everyone sees the same lights.</source>
        <translation>这些设置保存在数据库中，由打开该数据库的所有人共用，因此大家看到的红黄绿灯都一样。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Yellow when the deadline or next milestone is this near and work is behind</source>
        <translation>距完成时限或下一个节点不超过这么多天且进度落后时亮黄灯</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Yellow when progress is this far below a straight line from signing to deadline</source>
        <translation>进度比从签订到完成时限的均匀进度落后这么多时亮黄灯</translation>
    </message>
    <message>
        <source>Yellow when a task has had no report this long</source>
        <translation>这么多天没有报送进展时亮黄灯</translation>
    </message>
    <message>
        <source>Units report the previous month&apos;s progress by this day of each month</source>
        <translation>各单位每月这一天前报送上月进展</translation>
    </message>
    <message>
        <source>Marking a task &amp;done needs an evidence file</source>
        <translation>标记为已完成须附佐证材料(&amp;D)</translation>
    </message>
    <message>
        <source>Yellow &amp;near a due date:</source>
        <translation>临近时限黄灯(&amp;N)：</translation>
    </message>
    <message>
        <source>Yellow when &amp;behind by:</source>
        <translation>进度滞后黄灯(&amp;B)：</translation>
    </message>
    <message>
        <source>Yellow with &amp;no report for:</source>
        <translation>未按时报送黄灯(&amp;N)：</translation>
    </message>
    <message>
        <source>Monthly &amp;reporting day:</source>
        <translation>每月报送日(&amp;R)：</translation>
    </message>
    <message>
        <source>Enter the issuing unit before its signer.</source>
        <translation>请先填写发文单位，再填写其签署人。</translation>
    </message>
</context>
<context>
    <name>ShowingBar</name>
    <message>
        <source>Show every task again</source>
        <translation>重新显示全部任务</translation>
    </message>
    <message>
        <source>Showing: {caption}</source>
        <translation>正在显示：{caption}</translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <source>Add a signatory</source>
        <translation>添加签署人</translation>
    </message>
    <message>
        <source>A person who signs pledges for {unit}.</source>
        <translation>代表{unit}签署责任书的人员。</translation>
    </message>
    <message>
        <source>e.g. Director</source>
        <translation>例如：主任</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
</context>
<context>
    <name>SignatoryTermDialog</name>
    <message>
        <source>Term of office</source>
        <translation>任职期间</translation>
    </message>
    <message>
        <source>When {name} held the post at {unit}.</source>
        <translation>{name} 在 {unit} 的任职期间。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>自：</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation>任职结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>SignatureDrawPanel</name>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>撤销笔画(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SignatureImageDialog</name>
    <message>
        <source>Draw the signature or load a PNG or JPEG image of it.</source>
        <translation>请手写签名，或载入签名的 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>Choose a PIN of at least {n} characters.</source>
        <translation>请设置至少 {n} 个字符的 PIN 码。</translation>
    </message>
    <message>
        <source>Type the PIN again to confirm it.</source>
        <translation>请再次输入 PIN 码以确认。</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
    <message>
        <source>Store a signature image</source>
        <extracomment>The result, set when the dialog is accepted.</extracomment>
        <translation>存储签名图片</translation>
    </message>
    <message>
        <source>Signature of {name}, {unit}</source>
        <translation>{unit} {name} 的签名</translation>
    </message>
    <message>
        <source>The stored image can sign pledges for this person. It is locked by a PIN: only someone who knows the PIN can use it.</source>
        <translation>存储的图片可代表此人签署责任书。图片由 PIN 码锁定，只有知道 PIN 码的人才能使用。</translation>
    </message>
    <message>
        <source>&amp;Draw it here</source>
        <translation>在此手写(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Load an image file</source>
        <translation>载入图片文件(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Choose image file…</source>
        <translation>选择图片文件(&amp;C)…</translation>
    </message>
    <message>
        <source>A PNG or JPEG; dark ink on a white or transparent background prints best.</source>
        <translation>PNG 或 JPEG 图片；白色或透明背景上的深色字迹打印效果最好。</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image.</source>
        <translation>{name} 不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN:</source>
        <translation>再次输入 PIN 码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>存储(&amp;S)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose the signature image</source>
        <translation>选择签名图片</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <extracomment>Ink colour of the signature, on screen and in the exported image. Stroke width in pad pixels at ordinary pen pressure (and for the mouse). The exported PNG has this many pixels per pad pixel. Transparent margin around the strokes in the exported PNG, in pad pixels. Points closer than this to the previous one add nothing but noise.</extracomment>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>请用鼠标、手写笔或手指在此签名</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <source>Signatures</source>
        <extracomment>The Party that should sign now (a core.enums.Party). The clerk asked to see the scan a Party attached when it signed in ink. Reads a party&apos;s attached scan for its thumbnail (the editor sets it).</extracomment>
        <translation>签署</translation>
    </message>
    <message>
        <source>Not ready to sign</source>
        <translation>尚未待签署</translation>
    </message>
    <message>
        <source>Finalise the pledge before it is signed.</source>
        <translation>请先定稿，再进行签署。</translation>
    </message>
    <message>
        <source>Awaiting signature — it is this party&apos;s turn</source>
        <translation>待签署 — 现在轮到该方签署</translation>
    </message>
    <message>
        <source>Awaiting signature, after {party}</source>
        <translation>待签署，在{party}之后</translation>
    </message>
    <message>
        <source>The other party signs first.</source>
        <translation>由另一方先签署。</translation>
    </message>
    <message>
        <source>A draft is signed only after it has been finalised.</source>
        <translation>草稿须定稿后才能签署。</translation>
    </message>
    <message>
        <source>Both parties signed; a later version has replaced this one.</source>
        <translation>双方已签署；此版本已被新版本取代。</translation>
    </message>
    <message>
        <source>Both parties have signed; the pledge is in force.</source>
        <translation>双方已签署，责任书已生效。</translation>
    </message>
    <message>
        <source>Waiting for {party} to sign.</source>
        <translation>等待{party}签署。</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Party A (issuer)</source>
        <translation>甲方（发文单位）</translation>
    </message>
    <message>
        <source>Party B (responsible unit)</source>
        <translation>乙方（责任单位）</translation>
    </message>
    <message>
        <source>drawn in the app</source>
        <translation>在系统中手写</translation>
    </message>
    <message>
        <source>stored signature image</source>
        <translation>预存签名图片</translation>
    </message>
    <message>
        <source>in ink on paper</source>
        <translation>纸质文本手写签署</translation>
    </message>
    <message>
        <source>Enter the name of the person signing.</source>
        <translation>请填写签署人姓名。</translation>
    </message>
    <message>
        <source>The signing date cannot be in the future.</source>
        <translation>签署日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Draw the signature in the box.</source>
        <translation>请在框内手写签名。</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s PIN (at least {n} characters).</source>
        <translation>请输入签署人的 PIN 码（至少 {n} 个字符）。</translation>
    </message>
    <message>
        <source>Attach a scan of the paper signed in ink.</source>
        <translation>请附上纸质签署件的扫描件。</translation>
    </message>
    <message>
        <source>Sign the pledge</source>
        <extracomment>Who of this party&apos;s unit has a stored signature image (None: not known). The result, set when the dialog is accepted.</extracomment>
        <translation>签署责任书</translation>
    </message>
    <message>
        <source>{number} · version {revision}</source>
        <translation>{number} · 第 {revision} 版</translation>
    </message>
    <message>
        <source>Signing for {party}: {unit}</source>
        <translation>代表{party}签署：{unit}</translation>
    </message>
    <message>
        <source>e.g. Director</source>
        <translation>例如：主任</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>签署人(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>Signing &amp;date:</source>
        <translation>签署日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Draw the signature here</source>
        <translation>在此手写签名(&amp;D)</translation>
    </message>
    <message>
        <source>Use the &amp;stored signature image</source>
        <translation>使用预存签名图片(&amp;S)</translation>
    </message>
    <message>
        <source>Signed in &amp;ink on paper</source>
        <translation>纸质文本手写签署(&amp;I)</translation>
    </message>
    <message>
        <source>How does this party sign?</source>
        <translation>该方以何种方式签署？</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签署(&amp;S)</translation>
    </message>
    <message>
        <source>The signer&apos;s stored signature image is used. Enter the signer&apos;s PIN: the image is unlocked only when the PIN is checked, after you click Sign.</source>
        <translation>将使用签署人预存的签名图片。请输入签署人的 PIN 码：点击“签署”并核验 PIN 码后，签名图片才会解锁使用。</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>Print the pledge, have it signed and sealed in ink, then attach a scan or photo of the signed page (PDF, PNG or JPEG).</source>
        <translation>请打印责任书，手写签字并加盖公章后，附上签署页的扫描件或照片（PDF、PNG 或 JPEG）。</translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation>附加扫描件(&amp;A)…</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>未附加文件</translation>
    </message>
    <message>
        <source>{signer} has no stored signature image, so it cannot be used. It is stored under Units, by the signatory&apos;s name.</source>
        <translation>{signer}没有存储的签名图像，无法使用。签名图像在“单位”中按签字人姓名存储。</translation>
    </message>
    <message>
        <source>This signer</source>
        <translation>该签字人</translation>
    </message>
    <message>
        <source>Attach the scan of the signed pledge</source>
        <translation>附加已签署责任书的扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name} is not a PDF, PNG or JPEG file.</source>
        <translation>{name} 不是 PDF、PNG 或 JPEG 文件。</translation>
    </message>
</context>
<context>
    <name>SigningTab</name>
    <message>
        <source>Party A (issuer) signs first</source>
        <extracomment>The clerk chose another signing order (a core.enums.SigningOrder). The id of another version to open.</extracomment>
        <translation>甲方（发文单位）先签署</translation>
    </message>
    <message>
        <source>Party B (responsible unit) signs first</source>
        <translation>乙方（责任单位）先签署</translation>
    </message>
    <message>
        <source>Signing order:</source>
        <translation>签署顺序：</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>版本比较…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <source>Start a new version (a draft) of this signed pledge; this one stays as it is.</source>
        <translation>为该已签署的责任书创建新版本（草稿）；本版本保持不变。</translation>
    </message>
    <message>
        <source>Chosen once the pledge is ready to sign.</source>
        <translation>责任书待签署后方可选择。</translation>
    </message>
    <message>
        <source>Can change until the first signature.</source>
        <translation>第一方签署前可以更改。</translation>
    </message>
    <message>
        <source>Fixed: signing has begun.</source>
        <translation>已固定：签署已开始。</translation>
    </message>
    <message>
        <source>This is the only version of this pledge.</source>
        <translation>该责任书只有这一个版本。</translation>
    </message>
    <message>
        <source>(this one)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>Version {revision} — {status}</source>
        <translation>第{revision}版 — {status}</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
</context>
<context>
    <name>TaskDetailDialog</name>
    <message>
        <source>&amp;Ledger</source>
        <extracomment>Opens a file with the system&apos;s viewer (a test puts a recorder here).</extracomment>
        <translation>台账(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add report…</source>
        <translation>报送进展(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>进展(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>节点(&amp;M)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Task: {item}</source>
        <translation>任务：{item}</translation>
    </message>
    <message>
        <source>{number} · {unit} · {light} · {percent}% complete</source>
        <translation>{number} · {unit} · {light} · 进度 {percent}%</translation>
    </message>
    <message>
        <source>Ongoing (no due date)</source>
        <translation>持续推进（无完成时限）</translation>
    </message>
    <message>
        <source>&amp;Progress ({n})</source>
        <translation>进展(&amp;P) ({n})</translation>
    </message>
    <message>
        <source>&amp;Milestones ({n})</source>
        <translation>节点(&amp;M) ({n})</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>打开佐证材料</translation>
    </message>
    <message>
        <source>No program opened the file. A copy is at {path}</source>
        <translation>没有程序能打开该文件。副本位于 {path}</translation>
    </message>
    <message>
        <source>Export evidence file</source>
        <translation>导出佐证材料</translation>
    </message>
    <message>
        <source>The file was not exported</source>
        <translation>文件未导出</translation>
    </message>
    <message>
        <source>The milestones were not saved</source>
        <translation>节点未保存</translation>
    </message>
    <message>
        <source>Unsaved milestones</source>
        <translation>节点未保存</translation>
    </message>
    <message>
        <source>The milestones were changed but not saved. Save them before closing?</source>
        <translation>节点已修改但尚未保存。关闭前是否保存？</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>All lights</source>
        <extracomment>How long typing may pause before the search runs.</extracomment>
        <translation>全部灯色</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部时限</translation>
    </message>
    <message>
        <source>Search every task field and the latest report</source>
        <translation>搜索任务的各项内容和最新进展</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Lead &amp;official:</source>
        <translation>牵头领导(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Light:</source>
        <translation>灯色(&amp;L)：</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>时限(&amp;U)：</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>搜索(&amp;H)：</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All lead officials</source>
        <translation>全部牵头领导</translation>
    </message>
</context>
<context>
    <name>TaskLedgerModel</name>
    <message>
        <source>Pledge</source>
        <translation>责任书</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Task (改革事项)</source>
        <translation>改革事项</translation>
    </message>
    <message>
        <source>Lead official</source>
        <translation>牵头领导</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>灯色</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最近报送</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>持续推进</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚未报送</translation>
    </message>
    <message>
        <source>{light} · last report: {state}, {percent}%</source>
        <translation>{light} · 最近报送：{state}，{percent}%</translation>
    </message>
</context>
<context>
    <name>TaskReporter</name>
    <message>
        <source>Report on several tasks</source>
        <translation>为多项任务报送进展</translation>
    </message>
    <message>
        <source>each task keeps its percent</source>
        <extracomment>Reports were recorded: the list of their ReportViews.</extracomment>
        <translation>各任务保持现有进度</translation>
    </message>
    <message>
        <source>{percent}% for every task</source>
        <translation>各任务均为 {percent}%</translation>
    </message>
    <message>
        <source>Record this report ({state}, {percent}) on {n} tasks? Each task gets its own copy of the report and of its evidence files.</source>
        <translation>是否为 {n} 项任务记录这次报送（{state}，{percent}）？每项任务各保存一份报送及其佐证材料。</translation>
    </message>
    <message>
        <source>The report was not recorded</source>
        <translation>进展未报送</translation>
    </message>
    <message>
        <source>Recorded {n} report(s).</source>
        <translation>已报送 {n} 份进展。</translation>
    </message>
</context>
<context>
    <name>TaskSection</name>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>从 Excel 粘贴</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; Alt+Enter starts a new line. Ctrl+V adds rows copied from Excel or WPS at the end, or pastes them at the selected cell.</source>
        <translation>双击单元格即可编辑，Alt+Enter 换行。Ctrl+V 将从 Excel 或 WPS 复制的行添加到末尾；选中某个单元格时从该处粘贴。</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>That value is not understood.</source>
        <extracomment>A change was made: the key names the cell for typing, &quot;&quot; for structural changes. An edit could not be applied; the text says why.</extracomment>
        <translation>无法识别该内容。</translation>
    </message>
</context>
<context>
    <name>TaskTableView</name>
    <message>
        <source>Copy rows</source>
        <extracomment>Share of the free width for each wide column (item and measures widest). Sample text a compact column must fit, besides its heading. The narrowest a wide column gets, in characters (&quot;中&quot; widths). A row grows with its text up to this many lines; the rest is in the tooltip and editor. Pasting failed; the message names the pasted row and column. Nothing was pasted. Asked (first row, rows) before a paste overwrites tasks; the page asks the clerk. The pledge&apos;s year, where the deadline calendar opens; the page tells it.</extracomment>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>从 Excel 粘贴</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Add &amp;report…</source>
        <translation>报送进展(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>No tasks match the filters.</source>
        <translation>没有符合筛选条件的任务。</translation>
    </message>
    <message>
        <source>{shown} of {total} tasks</source>
        <translation>{shown} / {total} 项任务</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Reading the tasks…</source>
        <translation>正在读取任务…</translation>
    </message>
    <message>
        <source>No signed pledge yet: tasks are tracked once a pledge is signed.</source>
        <translation>还没有已签订的责任书：责任书签订后才开始跟踪任务。</translation>
    </message>
    <message>
        <source>Report on {n} selected tasks…</source>
        <translation>为选中的 {n} 项任务报送进展…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Add a unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>Change a unit</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <source>Active (offered for new pledges and rounds)</source>
        <translation>启用（新建责任书和批量签订时可选）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Print order:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>工作专班</translation>
    </message>
    <message>
        <source>Leading group</source>
        <translation>领导小组</translation>
    </message>
    <message>
        <source>Renamed to {unit}</source>
        <translation>已更名为 {unit}</translation>
    </message>
    <message>
        <source>Merged into {unit}</source>
        <translation>已并入 {unit}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>UnitRegisterActions</name>
    <message>
        <source>Unit not changed</source>
        <translation>单位未修改</translation>
    </message>
    <message>
        <source>Unit not added</source>
        <translation>单位未添加</translation>
    </message>
    <message>
        <source>Unit not renamed</source>
        <translation>单位未更名</translation>
    </message>
    <message>
        <source>Unit renamed</source>
        <translation>单位已更名</translation>
    </message>
    <message>
        <source>Merge {unit} into {target}? Its drafts move to {target}; this cannot be undone.</source>
        <translation>将 {unit} 并入 {target}？其草稿将转到 {target} 名下，此操作无法撤销。</translation>
    </message>
    <message>
        <source>Merge units</source>
        <translation>合并单位</translation>
    </message>
    <message>
        <source>Units not merged</source>
        <translation>单位未合并</translation>
    </message>
    <message>
        <source>Units merged</source>
        <translation>单位已合并</translation>
    </message>
    <message>
        <source>{old} → {new}: {drafts} drafts moved, {kept} pledges kept as signed.</source>
        <translation>{old} → {new}：转移草稿 {drafts} 份，按签署原样保留责任书 {kept} 份。</translation>
    </message>
    <message>
        <source>Moved: {number} “{title}”</source>
        <translation>已转移：{number}《{title}》</translation>
    </message>
    <message>
        <source>Kept under {unit}: {number} “{title}”</source>
        <translation>保留在 {unit} 名下：{number}《{title}》</translation>
    </message>
    <message>
        <source>Choose the signer again: {number} “{title}”</source>
        <translation>请重新选择签署人：{number}《{title}》</translation>
    </message>
    <message>
        <source>Term not changed</source>
        <translation>任职期间未修改</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>导入单位</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Units not imported</source>
        <translation>单位未导入</translation>
    </message>
    <message>
        <source>Units imported</source>
        <translation>单位已导入</translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated, {same} unchanged.</source>
        <translation>{file}：新增 {added} 个，更新 {updated} 个，未变 {same} 个。</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units &amp; signatories</source>
        <extracomment>A seal image larger than this is refused before it is read.</extracomment>
        <translation>单位与签署人</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>公章</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>As issuer</source>
        <translation>作为甲方</translation>
    </message>
    <message>
        <source>As responsible unit</source>
        <translation>作为乙方</translation>
    </message>
    <message>
        <source>Official seal</source>
        <translation>公章</translation>
    </message>
    <message>
        <source>Set seal image…</source>
        <translation>设置公章图片…</translation>
    </message>
    <message>
        <source>Remove seal</source>
        <translation>删除公章</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Stored signature</source>
        <translation>已存签名</translation>
    </message>
    <message>
        <source>In office</source>
        <translation>任职期间</translation>
    </message>
    <message>
        <source>Add signatory…</source>
        <translation>添加签署人…</translation>
    </message>
    <message>
        <source>Store signature image…</source>
        <translation>存储签名图片…</translation>
    </message>
    <message>
        <source>Term of office…</source>
        <translation>任职期间…</translation>
    </message>
    <message>
        <source>Formerly: {names}</source>
        <translation>曾用名：{names}</translation>
    </message>
    <message>
        <source>Merged into it: {names}</source>
        <translation>已并入本单位：{names}</translation>
    </message>
    <message>
        <source>Kept under this name for the pledges signed with it; now {unit}.</source>
        <translation>为以此名称签署的责任书保留；现为 {unit}。</translation>
    </message>
    <message>
        <source>Add the units the office signs pledges with, in the order they are printed; a pledge naming a new unit adds it too. Give each unit its official seal and store the signatures of the people who sign for it.</source>
        <translation>按打印顺序添加与本办签订责任书的单位；责任书中出现的新单位也会自动加入。为每个单位设置公章，并保存其签署人的签名。</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>添加单位…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>更名…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>并入…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Seal image of {unit}</source>
        <translation>{unit}的公章图片</translation>
    </message>
    <message>
        <source>Seal images (*.png *.jpg *.jpeg)</source>
        <translation>印章图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{name} is neither a PNG nor a JPEG image that can be read. A PNG with a transparent background prints best.</source>
        <translation>{name} 不是可读取的 PNG 或 JPEG 图片。背景透明的 PNG 图片打印效果最好。</translation>
    </message>
    <message>
        <source>Remove the seal of {unit}? Pledges already signed keep the seal they were signed with.</source>
        <translation>删除{unit}的公章？已签署的责任书仍保留签署时使用的公章。</translation>
    </message>
    <message>
        <source>Signatory not added</source>
        <translation>签署人未添加</translation>
    </message>
    <message>
        <source>Signature not stored</source>
        <translation>签名未存储</translation>
    </message>
    <message>
        <source>Seal not changed</source>
        <translation>公章未更改</translation>
    </message>
    <message>
        <source>No unit chosen</source>
        <translation>未选择单位</translation>
    </message>
    <message>
        <source>No seal</source>
        <translation>无公章</translation>
    </message>
    <message>
        <source>✔ stored</source>
        <translation>✔ 已存储</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Delete the draft “{title}”? This cannot be undone.</source>
        <translation>确定删除草稿“{title}”吗？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Delete {count} drafts? This cannot be undone.</source>
        <translation>确定删除这 {count} 份草稿吗？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Delete pledge</source>
        <translation>删除责任书</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to “{title}”?</source>
        <translation>是否保存对“{title}”的修改？</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
</context>
<context>
    <name>VersionCompareDialog</name>
    <message>
        <source>Unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Issuer (party A)</source>
        <translation>发文单位（甲方）</translation>
    </message>
    <message>
        <source>Issuer&apos;s signer</source>
        <translation>甲方签署人</translation>
    </message>
    <message>
        <source>Issuer&apos;s signer&apos;s title</source>
        <translation>甲方签署人职务</translation>
    </message>
    <message>
        <source>Responsible unit (party B)</source>
        <translation>责任单位（乙方）</translation>
    </message>
    <message>
        <source>Responsible unit&apos;s signer</source>
        <translation>乙方签署人</translation>
    </message>
    <message>
        <source>Responsible unit&apos;s signer&apos;s title</source>
        <translation>乙方签署人职务</translation>
    </message>
    <message>
        <source>1. Overall goals</source>
        <translation>一、总体目标</translation>
    </message>
    <message>
        <source>2. Reform duties</source>
        <translation>二、改革责任</translation>
    </message>
    <message>
        <source>3. Measures</source>
        <translation>三、推进措施</translation>
    </message>
    <message>
        <source>5. Outcomes</source>
        <translation>五、落地见效</translation>
    </message>
    <message>
        <source>4. Tasks</source>
        <translation>四、具体任务</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <extracomment>The Change of a row (a Change value); section heading rows carry None. Soft backgrounds: yellow for changed, green for added, red for removed.</extracomment>
        <translation>版本比较</translation>
    </message>
    <message>
        <source>Show only &amp;changes</source>
        <translation>仅显示改动(&amp;C)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Version {revision} ({status}, with unsaved changes)</source>
        <translation>第{revision}版（{status}，含未保存的修改）</translation>
    </message>
    <message>
        <source>Version {revision} ({status})</source>
        <translation>第 {revision} 版（{status}）</translation>
    </message>
    <message>
        <source>Version {new} includes changes not saved yet.</source>
        <translation>第{new}版含尚未保存的修改。</translation>
    </message>
    <message>
        <source>The two versions say exactly the same.</source>
        <translation>两个版本内容完全相同。</translation>
    </message>
    <message>
        <source>From version {old} to version {new}, differences: {count}.</source>
        <translation>从第 {old} 版到第 {new} 版，共有 {count} 处差异。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>第 {n} 段</translation>
    </message>
    <message>
        <source>(no tasks)</source>
        <translation>（无任务）</translation>
    </message>
    <message>
        <source>Task {n}</source>
        <translation>任务 {n}</translation>
    </message>
    <message>
        <source>{change}: {fields}</source>
        <translation>{change}：{fields}</translation>
    </message>
</context>
<context>
    <name>_FinishPage</name>
    <message>
        <source>Language and sample data</source>
        <translation>界面语言和示例数据</translation>
    </message>
    <message>
        <source>Your own language, and whether to start with sample data.</source>
        <translation>您自己的界面语言，以及是否先加载示例数据。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language takes effect the next time you start Pledge Manager.</source>
        <translation>更改的界面语言将在下次启动责任书管理系统时生效。</translation>
    </message>
    <message>
        <source>Load a &amp;sample year to try things out</source>
        <translation>加载一年的示例数据，先试用一下(&amp;S)</translation>
    </message>
    <message>
        <source>Adds sample units and pledges (signed, drafts, an amendment). They can be deleted or amended like any other.</source>
        <translation>添加示例单位和责任书（已签署的、草稿和一份修订）。它们可以像其他责任书一样删除或修订。</translation>
    </message>
    <message>
        <source>Everything here can be changed later in File → Settings.</source>
        <translation>以上内容以后都可以在“文件 → 设置”中修改。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>_NumberingPage</name>
    <message>
        <source>Pledge numbers</source>
        <translation>责任书编号</translation>
    </message>
    <message>
        <source>How new pledges are numbered: {year} is the year and {n} the running number.</source>
        <translation>新责任书的编号方式：{year} 代表年度，{n} 代表流水号。</translation>
    </message>
    <message>
        <source>Numbering &amp;pattern:</source>
        <translation>编号规则(&amp;P)：</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <source>Your office</source>
        <extracomment>Asks for a file: (title, file_filter=...) -&gt; the path, or None if cancelled.</extracomment>
        <translation>本单位</translation>
    </message>
    <message>
        <source>The unit that issues the pledges, and who signs for it. New pledges start with these as the issuing party.</source>
        <translation>发出责任书的单位（甲方）及其签署人。新建的责任书会预先填入这些内容。</translation>
    </message>
    <message>
        <source>e.g. the County Reform Office</source>
        <translation>例如：县委全面深化改革委员会办公室</translation>
    </message>
    <message>
        <source>e.g. Director</source>
        <translation>例如：主任</translation>
    </message>
    <message>
        <source>Issuing &amp;unit:</source>
        <translation>发文单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>签署人(&amp;S)：</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>签署人职务(&amp;T)：</translation>
    </message>
    <message>
        <source>Enter the issuing unit before its signer.</source>
        <translation>请先填写发文单位，再填写其签署人。</translation>
    </message>
</context>
<context>
    <name>_PartyCard</name>
    <message>
        <source>Sign…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <source>View scan…</source>
        <translation>查看扫描件…</translation>
    </message>
    <message>
        <source>{name} ({title})</source>
        <translation>{name}（{title}）</translation>
    </message>
    <message>
        <source>✔ Signed by {signer} on {date}</source>
        <translation>✔ {signer} 已于 {date} 签署</translation>
    </message>
    <message>
        <source>{method}; scan attached ({kind})</source>
        <translation>{method}；已附扫描件（{kind}）</translation>
    </message>
    <message>
        <source>Method: {method}</source>
        <translation>签署方式：{method}</translation>
    </message>
    <message>
        <source>Recorded by {user}; record hash {hash}</source>
        <translation>记录人：{user}；记录哈希值 {hash}</translation>
    </message>
    <message>
        <source>The attached scan</source>
        <translation>附上的扫描件</translation>
    </message>
</context>
<context>
    <name>_SealPage</name>
    <message>
        <source>Seal (optional)</source>
        <translation>印章（可选）</translation>
    </message>
    <message>
        <source>A scanned seal as a PNG or JPEG image, printed with the issuer&apos;s signature. You can add it later on the Units page.</source>
        <translation>印章扫描件（PNG 或 JPEG 图片），与发文方签字一同打印。也可以稍后在“单位与签署人”页面添加。</translation>
    </message>
    <message>
        <source>No seal chosen.</source>
        <translation>未选择印章。</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>选择图片(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;No seal</source>
        <translation>不用印章(&amp;N)</translation>
    </message>
    <message>
        <source>A seal needs the issuing unit: enter it on the first page.</source>
        <translation>印章属于发文单位：请先在第一页填写发文单位。</translation>
    </message>
    <message>
        <source>Choose the seal image</source>
        <translation>选择印章图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>“{name}” is not an image.</source>
        <translation>“{name}”不是图片。</translation>
    </message>
</context>
<context>
    <name>amendments</name>
    <message>
        <source>Only a signed pledge can be amended; “{title}” is not.</source>
        <translation>只有已签署的责任书才能变更；“{title}”尚未签署。</translation>
    </message>
    <message>
        <source>“{title}” already has an amendment in progress (version {revision}).</source>
        <translation>“{title}”已有一份正在办理的变更（第 {revision} 版）。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Pledge Manager</source>
        <extracomment>Set (to anything) by the bundle test in tests/packaging: once the window has painted and the database is open, log the window&apos;s title and quit with exit code 0.
----------
Endings of the files the window imports when it is opened with one (the installer ties .pledges to the window; a plain exchange .json works too).</extracomment>
        <translation>责任书管理系统</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Pledge Manager could not open the database “{location}”. Check that the file exists, is not damaged and is not in use by a newer version of Pledge Manager.</source>
        <translation>责任书管理系统无法打开数据库“{location}”。请检查该文件是否存在、是否损坏，以及是否正被更新版本的责任书管理系统使用。</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Audit entry {seq} does not follow the entry before it: an entry was deleted or changed before it.</source>
        <extracomment>The hash the first entry chains to.</extracomment>
        <translation>审计记录 {seq} 与前一条记录衔接不上：其之前的记录曾被删除或篡改。</translation>
    </message>
    <message>
        <source>Audit entry {seq} ({action}) was changed after it was written.</source>
        <translation>审计记录 {seq}（{action}）在写入后被篡改。</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Only an embedded (SQLite) database file can be backed up here; a shared PostgreSQL database is backed up by its operator (pg_dump).</source>
        <extracomment>The sidecar that records how and when a backup was made and what its check found. Endings a database file may have; a backup named otherwise gets BACKUP_SUFFIX added. How a backup&apos;s time is written into its file name. The database file the backup was made of (&quot;&quot; when unknown: no manifest).</extracomment>
        <translation>这里只能备份内置（SQLite）数据库文件；共享的 PostgreSQL 数据库由其管理员备份（pg_dump）。</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>The copy of {database} did not verify, so it was not kept:
{findings}</source>
        <translation>{database} 的副本未通过检查，因此未保留：
{findings}</translation>
    </message>
    <message>
        <source>{file} is the database itself; choose another file for the backup.</source>
        <translation>{file} 就是数据库本身；请为备份另选一个文件。</translation>
    </message>
    <message>
        <source>{file}: there is no such file</source>
        <extracomment>What a change to the clerk&apos;s data moves: counts, row ids and version counters of every table of theirs, the newest edit, the audit head. The integrity check&apos;s own checkpoint and the autosave of work in progress are left out: writing them changes nothing the clerk would want a backup of.</extracomment>
        <translation>{file}：没有这个文件</translation>
    </message>
    <message>
        <source>{file} is not a sound backup, so nothing was restored:
{findings}</source>
        <translation>{file} 不是完好的备份，因此未恢复任何内容：
{findings}</translation>
    </message>
    <message>
        <source>Cannot restore {file}: {reason}</source>
        <translation>无法从 {file} 恢复：{reason}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The demo pledges are already in this database; nothing was added.</source>
        <translation>该数据库中已有示例责任书，未添加任何内容。</translation>
    </message>
    <message>
        <source>Added {count} demo pledges ({skipped} were already there).</source>
        <translation>已添加 {count} 份示例责任书（{skipped} 份已存在）。</translation>
    </message>
    <message>
        <source>Demo PIN for the stored signature of {name}: {pin}</source>
        <translation>{name} 预存签名的示例 PIN 码：{pin}</translation>
    </message>
    <message>
        <source>Imported {count} pledges from {file} ({ready} of them ready to sign, {signed} signed; every signature re-checked).</source>
        <translation>已从 {file} 导入 {count} 份责任书（其中待签署 {ready} 份、已签署 {signed} 份；所有签署均已重新核验）。</translation>
    </message>
    <message>
        <source>Tracking: {reports} progress reports added ({skipped} already here), {milestones} milestones.</source>
        <translation>跟踪数据：新增进展报送 {reports} 条（已有 {skipped} 条），节点 {milestones} 个。</translation>
    </message>
    <message>
        <source>Exported {count} pledges to {file}.</source>
        <translation>已将 {count} 份责任书导出到 {file}。</translation>
    </message>
    <message>
        <source>Name the pledges to print by id, or give --all.</source>
        <translation>请用 ID 指定要打印的责任书，或使用 --all。</translation>
    </message>
    <message>
        <source>There are no pledges to print.</source>
        <translation>没有可打印的责任书。</translation>
    </message>
    <message>
        <source>Not printed: {number} “{title}” ({id}):
{reason}</source>
        <translation>未打印：{number}“{title}”（{id}）：
{reason}</translation>
    </message>
    <message>
        <source>Wrote {count} PDF files to {folder}.</source>
        <translation>已将 {count} 个 PDF 文件写入 {folder}。</translation>
    </message>
    <message>
        <source>{count} pledges could not be printed.</source>
        <translation>有 {count} 份责任书未能打印。</translation>
    </message>
    <message>
        <source>The window cannot be opened in this installation ({error}).</source>
        <translation>当前安装无法打开程序窗口（{error}）。</translation>
    </message>
    <message>
        <source>SQLite file or database URL (default: {path})</source>
        <translation>SQLite 文件或数据库 URL（默认：{path}）</translation>
    </message>
    <message>
        <source>Pledge Manager (目标责任书). Without a command, opens the window.</source>
        <translation>责任书管理系统（目标责任书）。不带命令时打开程序窗口。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (see the message), 2 bad input, 3 internal error, 4 the database is busy (try again later).</source>
        <translation>退出码：0 完成，1 失败（见提示），2 输入有误，3 内部错误，4 数据库正忙（请稍后重试）。</translation>
    </message>
    <message>
        <source>show tracebacks</source>
        <translation>显示错误堆栈</translation>
    </message>
    <message>
        <source>fill the database with a sample year</source>
        <translation>向数据库填入一整年的示例数据</translation>
    </message>
    <message>
        <source>import pledges from an exchange file</source>
        <translation>从交换文件导入责任书</translation>
    </message>
    <message>
        <source>a JSON exchange file</source>
        <translation>JSON 交换文件</translation>
    </message>
    <message>
        <source>export every pledge to an exchange file</source>
        <translation>将全部责任书导出到交换文件</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <source>Backed up {pledges} pledges to {file} ({size}); the copy was verified.</source>
        <translation>已将 {pledges} 份责任书备份到 {file}（{size}）；备份已通过检查。</translation>
    </message>
    <message>
        <source>Only an embedded (SQLite) database keeps backups beside it.</source>
        <translation>只有内置（SQLite）数据库在其旁边保留备份。</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>{folder} 中没有备份。</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first:</source>
        <translation>{folder} 中的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>The integrity check found this in the copy (as in the database):</source>
        <translation>完整性检查在备份中发现以下问题（数据库中同样存在）：</translation>
    </message>
    <message>
        <source>verified, {count} findings</source>
        <translation>已检查，发现 {count} 处问题</translation>
    </message>
    <message>
        <source>{created}  {size}  {verdict}  {name}</source>
        <translation>{created}  {size}  {verdict}  {name}</translation>
    </message>
    <message>
        <source>Only an embedded (SQLite) database can be restored here; a shared PostgreSQL database is restored by its operator.</source>
        <translation>这里只能恢复内置（SQLite）数据库；共享的 PostgreSQL 数据库由其管理员恢复。</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>已从 {file} 恢复。</translation>
    </message>
    <message>
        <source>The database as it was is kept as {file}.</source>
        <translation>原数据库保留为 {file}。</translation>
    </message>
    <message>
        <source>write a verified copy of the database</source>
        <translation>写出一份经过检查的数据库备份</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>list the backups beside the database</source>
        <translation>列出数据库旁边的备份</translation>
    </message>
    <message>
        <source>put a backup in place of the database (the current file is kept)</source>
        <translation>用备份替换数据库（当前文件会保留）</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <source>write one PDF file per pledge</source>
        <translation>每份责任书生成一个 PDF 文件</translation>
    </message>
    <message>
        <source>pledge ids</source>
        <translation>责任书 ID</translation>
    </message>
    <message>
        <source>print every pledge</source>
        <translation>打印全部责任书</translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {error}). Details are in {log}; --debug shows them.</source>
        <translation>意外错误（{kind}：{error}）。详细信息见 {log}；使用 --debug 可直接显示。</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Interrupted; nothing was saved by the unfinished command.</source>
        <translation>已中断；未完成的命令没有保存任何内容。</translation>
    </message>
    <message>
        <source>- {message}</source>
        <translation>- {message}</translation>
    </message>
    <message>
        <source>Full check ({reason}): {pledges} signed or ready-to-sign pledges rehashed, {entries} audit entries verified, the whole file scanned.</source>
        <extracomment>Where `verify --trust` finds the password of a .p12 certificate file, if it is one.</extracomment>
        <translation>完整检查（{reason}）：重新计算了 {pledges} 份已签署或待签署责任书的哈希，核验了 {entries} 条审计记录，扫描了整个数据库文件。</translation>
    </message>
    <message>
        <source>Quick check of what changed since the last sound check ({since}): {rehashed} of {pledges} signed or ready-to-sign pledges rehashed, {entries} new audit entries verified. The others were not re-read: they stand on the database guards, which are intact and unchanged since. Edits that went around the guards without changing them, and damage in the large tables, are found only by `check --full`.</source>
        <translation>快速检查自上次检查通过（{since}）以来的变化：在 {pledges} 份已签署或待签署责任书中重新计算了 {rehashed} 份的哈希，核验了 {entries} 条新审计记录。其余责任书未重新读取：它们由数据库保护触发器守护，这些保护完好且自那时起未被改动。绕过保护而未改动保护本身的修改，以及大表中的文件损坏，只有 `check --full` 才能发现。</translation>
    </message>
    <message>
        <source>- {message} [pledge id {id}]</source>
        <translation>- {message} [责任书 ID {id}]</translation>
    </message>
    <message>
        <source>Problems found: {count}.</source>
        <translation>发现问题：{count} 个。</translation>
    </message>
    <message>
        <source>No problems found: the database is sound, every frozen pledge matches its content hash and signatures, and the audit log is unbroken.</source>
        <translation>未发现问题：数据库完好，每份已定稿的责任书均与其内容哈希值和签署相符，审计日志完整连续。</translation>
    </message>
    <message>
        <source>  pledge:   {number} “{title}”</source>
        <translation>  责任书：{number}“{title}”</translation>
    </message>
    <message>
        <source>  version:  {revision} ({status})</source>
        <translation>  版本：  第 {revision} 版（{status}）</translation>
    </message>
    <message>
        <source>  id:       {id}</source>
        <translation>  ID：    {id}</translation>
    </message>
    <message>
        <source>  printed:  {moment}</source>
        <translation>  打印于：{moment}</translation>
    </message>
    <message>
        <source>Digital signatures: {problem}</source>
        <translation>数字签名：{problem}</translation>
    </message>
    <message>
        <source>Digital signatures ({count}):</source>
        <translation>数字签名（{count} 个）：</translation>
    </message>
    <message>
        <source>- {field}, signed by {signer} on {moment}: {summary}</source>
        <translation>- {field}，由 {signer} 于 {moment} 签名：{summary}</translation>
    </message>
    <message>
        <source>  certificate SHA-256 fingerprint: {fingerprint}</source>
        <translation>  证书 SHA-256 指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>GENUINE: {file}</source>
        <translation>真实：{file}</translation>
    </message>
    <message>
        <source>NOT GENUINE: {file}</source>
        <translation>不真实：{file}</translation>
    </message>
    <message>
        <source>check the database, every signed pledge&apos;s hashes and the audit log</source>
        <translation>检查数据库、每份已签署责任书的哈希值以及审计日志</translation>
    </message>
    <message>
        <source>rehash every pledge, scan the whole file and walk the whole audit log, not only what changed since the last sound check</source>
        <translation>重新计算每份责任书的哈希、扫描整个文件并核验全部审计记录，而不只检查自上次检查通过以来的变化</translation>
    </message>
    <message>
        <source>say whether a PDF is an untouched copy of a signed pledge</source>
        <translation>判断 PDF 是否为已签署责任书未经改动的文本</translation>
    </message>
    <message>
        <source>the PDF to check</source>
        <translation>要核验的 PDF</translation>
    </message>
    <message>
        <source>the office certificate (.cer/.pem, or .p12 with {env}) to trust</source>
        <translation>要信任的本单位证书（.cer/.pem，或配合 {env} 使用的 .p12）</translation>
    </message>
    <message>
        <source>{file}: the first line holds no password</source>
        <extracomment>The environment variable a scheduled task sets instead of typing the password.</extracomment>
        <translation>{file}：第一行没有密码</translation>
    </message>
    <message>
        <source>No password for the certificate: give --password-file, set {env}, or run the command in a terminal to be asked.</source>
        <translation>未提供证书密码：请使用 --password-file、设置 {env}，或在终端中运行该命令以便输入。</translation>
    </message>
    <message>
        <source>Certificate password: </source>
        <translation>证书密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was written.</source>
        <translation>两次输入的密码不一致；未写入任何内容。</translation>
    </message>
    <message>
        <source>Signed {file} into {output}.</source>
        <translation>已对 {file} 签名，输出为 {output}。</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: {fingerprint}</source>
        <translation>证书 SHA-256 指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>{file} is not a registered copy of a signed pledge in this database, so the signed file is not registered either; `verify` checks only its digital signature.</source>
        <translation>{file} 不是本数据库中已登记的已签署责任书文本，因此签名后的文件也不会登记；`verify` 只核验其数字签名。</translation>
    </message>
    <message>
        <source>The signed file is registered as a copy of pledge {number}.</source>
        <translation>签名后的文件已登记为责任书 {number} 的文本。</translation>
    </message>
    <message>
        <source>{file} exists already; it may hold the office&apos;s only signing key. Choose another name, or give --force to replace it.</source>
        <translation>{file} 已存在，其中可能保存着本单位唯一的签名密钥。请换一个文件名，或使用 --force 替换。</translation>
    </message>
    <message>
        <source>Wrote the office certificate to {file}.</source>
        <translation>已将本单位证书写入 {file}。</translation>
    </message>
    <message>
        <source>a file whose first line is the password (else {env}, else asked)</source>
        <translation>第一行为密码的文件（否则使用 {env}，再否则提示输入）</translation>
    </message>
    <message>
        <source>add a digital (PAdES) signature to a PDF</source>
        <translation>为 PDF 添加数字签名（PAdES）</translation>
    </message>
    <message>
        <source>the PDF to sign</source>
        <translation>要签名的 PDF</translation>
    </message>
    <message>
        <source>the office certificate</source>
        <translation>本单位证书</translation>
    </message>
    <message>
        <source>the signed PDF</source>
        <translation>签名后的 PDF</translation>
    </message>
    <message>
        <source>why it is signed</source>
        <translation>签名理由</translation>
    </message>
    <message>
        <source>where it is signed</source>
        <translation>签名地点</translation>
    </message>
    <message>
        <source>who signs (default: the certificate)</source>
        <translation>签名人（默认：证书持有人）</translation>
    </message>
    <message>
        <source>create the office&apos;s self-signed signing certificate (.p12)</source>
        <translation>创建本单位的自签名签名证书（.p12）</translation>
    </message>
    <message>
        <source>who the certificate is issued to</source>
        <translation>证书颁发对象</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>days of validity (3650)</source>
        <translation>有效天数（3650）</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>替换已有文件</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <source>issuer</source>
        <extracomment>The --type values, as the register stores them; listings show the same words, so what is read can be typed back.</extracomment>
        <translation>甲方</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>乙方</translation>
    </message>
    <message>
        <source>{order:&gt;4}  {name}  [{kind}]</source>
        <translation>{order:&gt;4}  {name}  [{kind}]</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  （停用）</translation>
    </message>
    <message>
        <source>  (renamed to {unit})</source>
        <translation>  （已更名为 {unit}）</translation>
    </message>
    <message>
        <source>  (merged into {unit})</source>
        <translation>  （已并入 {unit}）</translation>
    </message>
    <message>
        <source>  signatories: {people}</source>
        <translation>  签署人：{people}</translation>
    </message>
    <message>
        <source>  formerly: {names}</source>
        <translation>  曾用名：{names}</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated, {same} unchanged.</source>
        <translation>已导入 {file}：新增 {added} 个，更新 {updated} 个，未变 {same} 个。</translation>
    </message>
    <message>
        <source>Added {unit} ({kind}), print order {order}.</source>
        <translation>已添加 {unit}（{kind}），排序 {order}。</translation>
    </message>
    <message>
        <source>  moved: {number} “{title}” ({role})</source>
        <translation>  已转移：{number}《{title}》（{role}）</translation>
    </message>
    <message>
        <source>  kept under {unit}: {number} “{title}” ({status})</source>
        <translation>  保留在 {unit} 名下：{number}《{title}》（{status}）</translation>
    </message>
    <message>
        <source>  choose the signer again: {number} “{title}”</source>
        <translation>  请重新选择签署人：{number}《{title}》</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}: {drafts} drafts moved, {kept} pledges kept.</source>
        <translation>已将 {old} 更名为 {new}：转移草稿 {drafts} 份，保留责任书 {kept} 份。</translation>
    </message>
    <message>
        <source>Merged {old} into {new}: {drafts} drafts moved, {kept} pledges kept.</source>
        <translation>已将 {old} 并入 {new}：转移草稿 {drafts} 份，保留责任书 {kept} 份。</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <source>the units register</source>
        <translation>单位名录</translation>
    </message>
    <message>
        <source>list the units in print order</source>
        <translation>按排序列出单位</translation>
    </message>
    <message>
        <source>include renamed and merged units</source>
        <translation>包括已更名和已合并的单位</translation>
    </message>
    <message>
        <source>import units from an .xlsx sheet</source>
        <translation>从 .xlsx 表格导入单位</translation>
    </message>
    <message>
        <source>columns 单位名称, 类型, 排序, 负责人, 职务 under a header row</source>
        <translation>表头行下为 单位名称、类型、排序、负责人、职务 各列</translation>
    </message>
    <message>
        <source>add a unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>print order (default: last)</source>
        <translation>排序（默认排在最后）</translation>
    </message>
    <message>
        <source>rename a unit (signed pledges keep the old name)</source>
        <translation>单位更名（已签署的责任书保留原名称）</translation>
    </message>
    <message>
        <source>merge unit A into unit B (its drafts move)</source>
        <translation>将单位 A 并入单位 B（其草稿随之转移）</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-12-02</source>
        <extracomment>What --list takes: the stored word or the register&apos;s Chinese name. How much of a lineage key the listing shows; `report` takes it (or more) back.</extracomment>
        <translation>{text} 不是形如 2026-12-02 的日期</translation>
    </message>
    <message>
        <source>{text} is not a month like 2026-11</source>
        <translation>{text} 不是形如 2026-11 的月份</translation>
    </message>
    <message>
        <source>the percent is a whole number from 0 to 100, not {text}</source>
        <translation>完成百分比应为 0 到 100 的整数，而不是 {text}</translation>
    </message>
    <message>
        <source>{text} is not a number of days</source>
        <translation>{text} 不是天数</translation>
    </message>
    <message>
        <source>{text} is not one of: {options}</source>
        <translation>{text} 不在可选值中：{options}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>责任书</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>改革事项</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头领导</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>亮灯</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最近报送</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>{n} tasks</source>
        <translation>共 {n} 项任务</translation>
    </message>
    <message>
        <source>Recorded: task {key}, {percent}% {state}, period {start} to {end}, evidence files: {n}.</source>
        <translation>已记录：任务 {key}，{percent}%，{state}，报送期 {start} 至 {end}，佐证材料 {n} 个。</translation>
    </message>
    <message>
        <source>{id}  {start}–{end}  {percent:&gt;3}%  {state}  {narrative}</source>
        <translation>{id}  {start}–{end}  {percent:&gt;3}%  {state}  {narrative}</translation>
    </message>
    <message>
        <source>  (corrected)</source>
        <translation>  （已被更正）</translation>
    </message>
    <message>
        <source>  (corrects {id})</source>
        <translation>  （更正 {id}）</translation>
    </message>
    <message>
        <source>{n} reports</source>
        <translation>共 {n} 条报送</translation>
    </message>
    <message>
        <source>judge the lights as of this day (default: today)</source>
        <translation>按此日期判定亮灯（默认：今天）</translation>
    </message>
    <message>
        <source>the tasks of the pledges in force, with their lights</source>
        <translation>列出生效责任书的任务及其亮灯</translation>
    </message>
    <message>
        <source>lead official</source>
        <translation>牵头领导</translation>
    </message>
    <message>
        <source>words to find in any task field or the newest report</source>
        <translation>在任务各字段或最新进展中查找的词语</translation>
    </message>
    <message>
        <source>record progress on a task in force</source>
        <translation>报送一项生效任务的进展</translation>
    </message>
    <message>
        <source>the task&apos;s key as `tasks` shows it (its first 8 characters)</source>
        <translation>任务编码，即 `tasks` 显示的编码（前 8 位）</translation>
    </message>
    <message>
        <source>the narrative</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>the month reported on (default: last month)</source>
        <translation>报送的月份（默认：上月）</translation>
    </message>
    <message>
        <source>the report this one corrects</source>
        <translation>本次报送所更正的报送记录</translation>
    </message>
    <message>
        <source>one task&apos;s progress reports, newest first, with their ids</source>
        <translation>列出一项任务的进展报送（新的在前）及其编号</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>The picture could not be made; nothing was saved.</source>
        <translation>未能生成图片，未保存任何文件。</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>The database {database} was written by a newer version of Pledge Manager (schema {revision}). Install the newer version to open it.</source>
        <extracomment>The newest migration shipped with this build. Opening a database already at this revision needs no Alembic at all (its import costs ~0.4 s of start-up); a test keeps this equal to Alembic&apos;s own head.</extracomment>
        <translation>数据库 {database} 由更新版本的责任书管理系统写入（数据结构版本 {revision}）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Cannot upgrade the database {database}: {reason}</source>
        <translation>无法升级数据库 {database}：{reason}</translation>
    </message>
    <message>
        <source>The file {database} is empty (0 bytes), so it holds no pledges. If it should hold your database, restore a backup; to start a new database there, delete the empty file first.</source>
        <translation>文件 {database} 是空的（0 字节），其中没有任何责任书。如果它本应是您的数据库，请从备份恢复；如要在该位置新建数据库，请先删除这个空文件。</translation>
    </message>
    <message>
        <source>{database} is not a kind of database Pledge Manager can open. Give the path of a SQLite file, or a URL starting with postgresql+psycopg://.</source>
        <translation>{database} 不是目标责任书管理系统能打开的数据库类型。请给出 SQLite 文件的路径，或以 postgresql+psycopg:// 开头的地址。</translation>
    </message>
    <message>
        <source>{database} is not a database URL or file path.</source>
        <translation>{database} 不是数据库地址或文件路径。</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: {reason}</source>
        <translation>无法打开数据库 {database}：{reason}</translation>
    </message>
    <message>
        <source>The database {database} is busy with another change (another window or computer is writing to it, for example a large import) and did not answer within {seconds} seconds. Nothing was changed here; try again when that change has finished.</source>
        <translation>数据库 {database} 正忙于另一项修改（另一个窗口或另一台电脑正在写入，例如大批量导入），{seconds} 秒内未响应。此处未做任何更改；请待那项修改完成后重试。</translation>
    </message>
    <message>
        <source>The database {database} is read-only (the file, its folder or the server does not allow changes), so nothing was changed. Ask for write access, or copy the file to a folder of your own.</source>
        <translation>数据库 {database} 是只读的（文件、所在文件夹或服务器不允许修改），因此未做任何更改。请申请写入权限，或将文件复制到您自己的文件夹。</translation>
    </message>
    <message>
        <source>The disk holding the database {database} is full, so nothing was changed. Free some space and try again.</source>
        <translation>数据库 {database} 所在的磁盘已满，因此未做任何更改。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The database {database} is damaged and cannot be read. Restore the latest backup (pledge-app restore) or ask for help; do not write to it meanwhile.</source>
        <translation>数据库 {database} 已损坏，无法读取。请恢复最近的备份（pledge-app restore）或寻求技术支持；在此之前请勿向其写入。</translation>
    </message>
    <message>
        <source>Someone else changed this record at the same moment, so your change was not saved. Reload it to see the other changes, then make yours again.</source>
        <translation>他人在同一时刻修改了这条记录，因此您的修改未保存。请重新载入查看对方的修改，再重新做您的修改。</translation>
    </message>
</context>
<context>
    <name>digital_signatures</name>
    <message>
        <source>This PDF is signed with the office&apos;s own (self-signed) certificate. The signature proves that the file has not been changed since the holder of this office&apos;s key signed it. It does not prove to an outsider who signed it: anyone can make a certificate that carries any name. To be sure the signature is really this office&apos;s, compare the certificate&apos;s fingerprint with the one the office gives you through a channel you trust (in person, on letter-headed paper, or by a telephone number you already know).</source>
        <translation>此 PDF 使用本单位自签名证书签名。该签名可以证明：自本单位密钥持有人签名以来，文件未被改动；但无法向外部人员证明签名人身份，因为任何人都可以制作带有任意名称的证书。若要确认签名确实来自本单位，请通过可信渠道（当面、加盖抬头的纸质公函，或您已知的电话号码）获取本单位提供的证书指纹并进行比对。</translation>
    </message>
    <message>
        <source>The certificate file could not be opened: the password is wrong, or the file is not a certificate file (.p12 / .pfx).</source>
        <translation>无法打开证书文件：密码错误，或该文件不是证书文件（.p12 / .pfx）。</translation>
    </message>
    <message>
        <source>Enter the name the certificate is issued to.</source>
        <translation>请填写证书颁发对象的名称。</translation>
    </message>
    <message>
        <source>Choose a password to protect the signing key.</source>
        <translation>请设置用于保护签名密钥的密码。</translation>
    </message>
    <message>
        <source>The certificate must be valid for at least one day.</source>
        <translation>证书有效期至少为一天。</translation>
    </message>
    <message>
        <source>The PDF could not be signed: it is damaged, encrypted or not a PDF ({detail}).</source>
        <translation>无法对该 PDF 签名：文件已损坏、已加密或不是 PDF（{detail}）。</translation>
    </message>
    <message>
        <source>The PDF could not be read to check its signatures: it is damaged or not a PDF.</source>
        <translation>无法读取该 PDF 以核验签名：文件已损坏或不是 PDF。</translation>
    </message>
    <message>
        <source>The signature of {signer} is damaged and cannot be checked: do not rely on this file.</source>
        <translation>{signer} 的签名已损坏，无法核验：请勿采信此文件。</translation>
    </message>
    <message>
        <source>The file was changed after {signer} signed it: the signed content can no longer be relied on.</source>
        <translation>{signer} 签名后文件被改动：签名所涉内容已不可信。</translation>
    </message>
    <message>
        <source>The content is exactly as {signer} signed it; only further signatures were added after it. The signing certificate is the one you trust.</source>
        <translation>内容与 {signer} 签名时完全一致，之后仅追加了其他签名。签名证书为您信任的证书。</translation>
    </message>
    <message>
        <source>The content is exactly as {signer} signed it; only further signatures were added after it. The signing certificate is not one you trust: compare its fingerprint with the office&apos;s before relying on who signed.</source>
        <translation>内容与 {signer} 签名时完全一致，之后仅追加了其他签名。签名证书不是您信任的证书：在确认签名人之前，请先将其指纹与本单位提供的指纹进行比对。</translation>
    </message>
    <message>
        <source>The file is exactly as {signer} signed it. The signing certificate is the one you trust.</source>
        <translation>文件与 {signer} 签名时完全一致。签名证书为您信任的证书。</translation>
    </message>
    <message>
        <source>The file is exactly as {signer} signed it. The signing certificate is not one you trust: compare its fingerprint with the office&apos;s before relying on who signed.</source>
        <translation>文件与 {signer} 签名时完全一致。签名证书不是您信任的证书：在确认签名人之前，请先将其指纹与本单位提供的指纹进行比对。</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>Task</source>
        <translation>改革事项</translation>
    </message>
    <message>
        <source>Lead official</source>
        <translation>牵头领导</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>任务措施</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>成果形式</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单类别</translation>
    </message>
    <message>
        <source>Co-operating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值权重</translation>
    </message>
    <message>
        <source>Annual key points</source>
        <translation>年度要点</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Grassroots explorations</source>
        <translation>基层探索</translation>
    </message>
    <message>
        <source>Pilot demonstrations</source>
        <translation>试点示范</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it like 2026-12-31.</source>
        <extracomment>The task table&apos;s columns, in the order offices keep their ledgers (and paste them). The names the five lists go by in offices&apos; own spreadsheets, besides our labels. Column headings offices&apos; own ledgers use, besides our labels (a header row is not a task).</extracomment>
        <translation>“{text}”不是日期，请按 2026-12-31 的格式填写。</translation>
    </message>
    <message>
        <source>“{text}” names a day that does not exist.</source>
        <translation>“{text}”是一个不存在的日期。</translation>
    </message>
    <message>
        <source>“{text}” is not understood.</source>
        <translation>无法识别“{text}”。</translation>
    </message>
    <message>
        <source>Pasted row {row}, column “{column}”: {detail}</source>
        <translation>粘贴的第 {row} 行“{column}”列：{detail}</translation>
    </message>
    <message>
        <source>The first row looks like a header ({cells}). Copy only the task rows, without the header row, and paste again.</source>
        <translation>第一行像是表头（{cells}）。请只复制任务行（不含表头行）后再粘贴。</translation>
    </message>
    <message>
        <source>The first column holds row numbers ({numbers}), not tasks. Copy from the task column on, and paste again.</source>
        <translation>第一列是序号（{numbers}），不是任务。请从任务列开始复制后再粘贴。</translation>
    </message>
    <message>
        <source>Pasting {rows} rows would give the pledge {count} tasks; at most {limit} are allowed.</source>
        <translation>粘贴这 {rows} 行后责任书将有 {count} 项任务，最多允许 {limit} 项。</translation>
    </message>
    <message>
        <source>Pasted row {row}, column “{column}”</source>
        <translation>粘贴的第 {row} 行“{column}”列</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>… and {count} more problems.</source>
        <extracomment>More problems than this are summarised: a clerk fixes the first ones and runs it again.</extracomment>
        <translation>……另有 {count} 个问题。</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>真/假（true/false）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>{file}, {field}: {problem}</source>
        <translation>{file}，{field}：{problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <source>{file}: pledge {index} ({label}), {field}: {problem}</source>
        <translation>{file}：第 {index} 份责任书（{label}），{field}：{problem}</translation>
    </message>
    <message>
        <source>{file}: pledge {index} ({label}): {problem}</source>
        <translation>{file}：第 {index} 份责任书（{label}）：{problem}</translation>
    </message>
    <message>
        <source>{file}: pledge {index}, {field}: {problem}</source>
        <translation>{file}：第 {index} 份责任书，{field}：{problem}</translation>
    </message>
    <message>
        <source>{file}: pledge {index}: {problem}</source>
        <translation>{file}：第 {index} 份责任书：{problem}</translation>
    </message>
    <message>
        <source>{file}: tracking {index} (task {key}), {field}: {problem}</source>
        <translation>{file}：第 {index} 项跟踪记录（任务 {key}），{field}：{problem}</translation>
    </message>
    <message>
        <source>{file}: tracking {index} (task {key}): {problem}</source>
        <translation>{file}：第 {index} 项跟踪记录（任务 {key}）：{problem}</translation>
    </message>
    <message>
        <source>{file}: tracking {index}, {field}: {problem}</source>
        <translation>{file}：第 {index} 项跟踪记录，{field}：{problem}</translation>
    </message>
    <message>
        <source>{file}: tracking {index}: {problem}</source>
        <translation>{file}：第 {index} 项跟踪记录：{problem}</translation>
    </message>
    <message>
        <source>must be an object, not {kind}</source>
        <translation>应为对象，而不是{kind}</translation>
    </message>
    <message>
        <source>is given more than once</source>
        <translation>重复出现</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a list of tasks&apos; tracking, not {kind}</source>
        <translation>应为任务跟踪记录列表，而不是{kind}</translation>
    </message>
    <message>
        <source>is not a field of this format</source>
        <translation>不是此格式中的字段</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>应为文本，而不是{kind}</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>含有 NUL 字符</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>must be a list of text, not {kind}</source>
        <translation>应为文本列表，而不是{kind}</translation>
    </message>
    <message>
        <source>must be a whole number, not {kind}</source>
        <translation>应为整数，而不是{kind}</translation>
    </message>
    <message>
        <source>must be a number, not {kind}</source>
        <translation>应为数字，而不是{kind}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>应为有限数值</translation>
    </message>
    <message>
        <source>{value} is not a real date (YYYY-MM-DD)</source>
        <translation>{value} 不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{value} is not a UTC time like {example}</source>
        <translation>{value} 不是 UTC 时间（格式如 {example}）</translation>
    </message>
    <message>
        <source>must be file contents in base64 or null, not {value}</source>
        <translation>应为 base64 编码的文件内容或 null，而不是 {value}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不在可选值 {choices} 之中</translation>
    </message>
    <message>
        <source>{value} is not a UUID (like {example})</source>
        <translation>{value} 不是 UUID（格式如 {example}）</translation>
    </message>
    <message>
        <source>contains a broken character ({code}, half of a pair) that UTF-8 cannot hold</source>
        <extracomment>The version an export writes. Versions an import reads: version 1 (no signatures) and 2 (no lineage keys, no tracking) files import unchanged. Statuses each version may carry. The longest reason for an amendment (修改原因) a file may give.</extracomment>
        <translation>含有残缺字符（{code}，半个代理对），UTF-8 无法保存</translation>
    </message>
    <message>
        <source>{key} is already the key of tasks[{other}]</source>
        <translation>{key} 已是 tasks[{other}] 的标识</translation>
    </message>
    <message>
        <source>{id} is already the id of pledge {other}</source>
        <translation>{id} 已是责任书 {other} 的 ID</translation>
    </message>
    <message>
        <source>must be a list of tasks, not {kind}</source>
        <translation>应为任务列表，而不是{kind}</translation>
    </message>
    <message>
        <source>{finding} (required for status ready_to_sign)</source>
        <translation>{finding}（状态为 ready_to_sign 时必填）</translation>
    </message>
    <message>
        <source>is not UTF-8 text (line {line}, byte 0x{byte:02X}); save it as UTF-8</source>
        <extracomment>Opens the file afresh for each pass (the caller says how and names it in errors). Each tracking entry&apos;s key and its place in the file. The lineage keys the file&apos;s tasks carry.</extracomment>
        <translation>不是 UTF-8 文本（第 {line} 行，字节 0x{byte:02X}）；请以 UTF-8 编码保存</translation>
    </message>
    <message>
        <source>is not valid JSON: line {line}, column {column}: {reason}</source>
        <translation>不是有效的 JSON：第 {line} 行第 {column} 列：{reason}</translation>
    </message>
    <message>
        <source>is not a pledge exchange file (no &quot;format&quot;: &quot;{name}&quot; at the top)</source>
        <translation>不是责任书交换文件（开头没有 &quot;format&quot;: &quot;{name}&quot;）</translation>
    </message>
    <message>
        <source>{value} is not a version this program reads (it reads {supported})</source>
        <translation>本程序无法读取版本 {value}（支持的版本：{supported}）</translation>
    </message>
    <message>
        <source>must be 1 for a first version (previous_id is null)</source>
        <translation>首个版本应为 1（previous_id 为 null）</translation>
    </message>
    <message>
        <source>must be 2 or more for an amendment</source>
        <translation>变更版本应为 2 或以上</translation>
    </message>
    <message>
        <source>only an amendment (a pledge with a previous_id) has a reason</source>
        <translation>只有修订版本（有 previous_id 的责任书）才有修改原因</translation>
    </message>
    <message>
        <source>is the pledge&apos;s own id</source>
        <translation>是该责任书自身的 ID</translation>
    </message>
    <message>
        <source>must be a list of pledges, not {kind}</source>
        <translation>应为责任书列表，而不是{kind}</translation>
    </message>
    <message>
        <source>a pledge with the id {id} is already in the database (importing over existing pledges is not supported yet)</source>
        <translation>数据库中已有 ID 为 {id} 的责任书（暂不支持导入覆盖已有责任书）</translation>
    </message>
    <message>
        <source>the version it amends ({id}) is neither in the database nor in this file</source>
        <translation>其所变更的版本（{id}）既不在数据库中，也不在此文件中</translation>
    </message>
    <message>
        <source>{label} (version {revision}) already has an amendment</source>
        <translation>{label}（第 {revision} 版）已有变更</translation>
    </message>
    <message>
        <source>{label} is {status}; only a signed pledge can be amended</source>
        <translation>{label}的状态为 {status}；只有已签署的责任书才能变更</translation>
    </message>
    <message>
        <source>must be {expected}, one more than the version it amends</source>
        <translation>应为 {expected}，即比所变更的版本大 1</translation>
    </message>
    <message>
        <source>{label} (version {revision}) was superseded already</source>
        <translation>{label}（第 {revision} 版）已被替代</translation>
    </message>
    <message>
        <source>{label} (version {revision}) must be superseded in this file, since this amendment of it is signed</source>
        <translation>{label}（第 {revision} 版）在此文件中应标记为已被替代，因为它的这份变更已签署</translation>
    </message>
    <message>
        <source>the content would change when stored (spaces around the number, the title or a name are removed), so it would no longer match its hash</source>
        <translation>存储时内容会发生变化（编号、标题或名称前后的空格会被去除），因而将与其哈希值不符</translation>
    </message>
    <message>
        <source>must be a SHA-256 in 64 lower-case hex digits, not {kind}</source>
        <extracomment>The order of a signature&apos;s keys in an export.</extracomment>
        <translation>应为 64 位小写十六进制的 SHA-256 值，而不是{kind}</translation>
    </message>
    <message>
        <source>must be a PNG image</source>
        <translation>应为 PNG 图片</translation>
    </message>
    <message>
        <source>is required for a signature in wet ink (the scanned paper)</source>
        <translation>纸质手写签署时必填（纸质文本的扫描件）</translation>
    </message>
    <message>
        <source>must be null unless the method is wet_ink</source>
        <translation>除非签署方式为 wet_ink，否则应为 null</translation>
    </message>
    <message>
        <source>must be null without a scan</source>
        <translation>没有扫描件时应为 null</translation>
    </message>
    <message>
        <source>must be a PDF, PNG or JPEG file</source>
        <translation>应为 PDF、PNG 或 JPEG 文件</translation>
    </message>
    <message>
        <source>must be {expected}, the type of the scan</source>
        <translation>应为 {expected}，即扫描件的类型</translation>
    </message>
    <message>
        <source>must be null for a signature in wet ink</source>
        <translation>纸质手写签署时应为 null</translation>
    </message>
    <message>
        <source>is required for a drawn or stored signature</source>
        <translation>手写签名或预存签名时必填</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>must be a date, not null</source>
        <translation>应为日期，不能为 null</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} 晚于今天</translation>
    </message>
    <message>
        <source>must be a list of signatures, not {kind}</source>
        <translation>应为签署列表，而不是{kind}</translation>
    </message>
    <message>
        <source>must be empty for a draft (it is not frozen)</source>
        <translation>草稿应为空（草稿尚未定稿）</translation>
    </message>
    <message>
        <source>a pledge that is ready to sign has at most one signature</source>
        <translation>待签署的责任书最多只能有一方签署</translation>
    </message>
    <message>
        <source>a pledge marked {status} needs the signatures of both parties</source>
        <translation>状态为 {status} 的责任书需要双方签署</translation>
    </message>
    <message>
        <source>must be {party}: with the signing order {order} the parties sign in turn</source>
        <translation>应为 {party}：按签署顺序 {order}，双方依次签署</translation>
    </message>
    <message>
        <source>must be null for a draft (its content is not frozen)</source>
        <translation>草稿应为 null（其内容尚未定稿）</translation>
    </message>
    <message>
        <source>is required for a pledge marked {status}</source>
        <translation>状态为 {status} 的责任书必填</translation>
    </message>
    <message>
        <source>does not match the content, which hashes to {actual}: the pledge was changed after it was frozen, so it is refused</source>
        <translation>与内容不符，内容的哈希值为 {actual}：责任书在定稿后被改动，因此拒绝导入</translation>
    </message>
    <message>
        <source>is required for a pledge with signatures</source>
        <translation>已有签署的责任书必填</translation>
    </message>
    <message>
        <source>is not the pledge&apos;s content hash: {signer} signed different content</source>
        <translation>不是该责任书的内容哈希值：{signer} 签署的是不同的内容</translation>
    </message>
    <message>
        <source>does not match the signature of {signer}: the signature record was changed after it was made, so it is refused</source>
        <translation>与 {signer} 的签署不符：签署记录在生成后被改动，因此拒绝导入</translation>
    </message>
    <message>
        <source>Importing {count} pledges from {file}…</source>
        <translation>正在从 {file} 导入 {count} 份责任书…</translation>
    </message>
    <message>
        <source>{file} is the database itself; choose another file for the export.</source>
        <translation>{file} 就是数据库本身；请为导出另选一个文件。</translation>
    </message>
    <message>
        <source>Exporting the pledges to {file}…</source>
        <translation>正在将责任书导出到 {file}…</translation>
    </message>
    <message>
        <source>no task has this key, neither in this file nor in the database: tracking belongs to a task</source>
        <translation>本文件和数据库中都没有具有此标识的任务：跟踪记录必须属于某项任务</translation>
    </message>
    <message>
        <source>the database has other milestones for this task; importing over them is not supported: change them in the application</source>
        <translation>数据库中该任务已有不同的节点；暂不支持导入覆盖，请在程序中修改</translation>
    </message>
    <message>
        <source>a report with this id is in the database already, with other content: reports are never changed (a correction is a new report naming the one it corrects)</source>
        <translation>数据库中已有此编号的报送记录，且内容不同：报送记录不能修改（更正应作为一条新记录，并注明所更正的记录）</translation>
    </message>
    <message>
        <source>is the id of a report of another task in this file</source>
        <translation>是本文件中另一项任务的报送记录编号</translation>
    </message>
    <message>
        <source>names {id}, which is neither an earlier report of this task in the file nor one of its reports in the database</source>
        <translation>指向 {id}，但它既不是本文件中该任务更早的报送记录，也不是数据库中该任务的报送记录</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD), not null</source>
        <extracomment>The keys of a tracking entry, a milestone, a report and an evidence file, in export order. Reports on one task: a monthly report for decades, with corrections; not a damaged file.</extracomment>
        <translation>应为日期（YYYY-MM-DD），不能为 null</translation>
    </message>
    <message>
        <source>must be a list, not {kind}</source>
        <translation>应为列表，而不是{kind}</translation>
    </message>
    <message>
        <source>holds {count} entries; at most {limit} are allowed</source>
        <translation>有 {count} 项；最多允许 {limit} 项</translation>
    </message>
    <message>
        <source>is {size} MB; the limit is {limit} MB</source>
        <translation>大小为 {size} MB；上限为 {limit} MB</translation>
    </message>
    <message>
        <source>must be file contents in base64, not {value}</source>
        <translation>应为 base64 编码的文件内容，而不是 {value}</translation>
    </message>
    <message>
        <source>{value} is not a media type (like {example})</source>
        <translation>{value} 不是文件类型（如 {example}）</translation>
    </message>
    <message>
        <source>does not match the file&apos;s bytes, which hash to {actual}: the evidence was changed after it was recorded, so it is refused</source>
        <translation>与文件内容不符（文件内容的哈希值为 {actual}）：佐证材料在记录后被改动，因此拒绝导入</translation>
    </message>
    <message>
        <source>must be from 0 to 100, not {value}</source>
        <translation>应在 0 到 100 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>must be 100 for a report that says done</source>
        <translation>状态为已完成的报送记录应为 100</translation>
    </message>
    <message>
        <source>{end} is before the period starts ({start})</source>
        <translation>{end} 早于报送期间的开始日期（{start}）</translation>
    </message>
    <message>
        <source>must be the report&apos;s id, not null</source>
        <translation>应为报送记录编号，不能为 null</translation>
    </message>
    <message>
        <source>is the report&apos;s own id</source>
        <translation>是该报送记录自身的编号</translation>
    </message>
    <message>
        <source>is given to two reports</source>
        <translation>被两条报送记录同时使用</translation>
    </message>
    <message>
        <source>names reports[{other}], which is not an earlier report: a correction comes after the report it corrects</source>
        <translation>指向 reports[{other}]，它不是更早的报送记录：更正记录应在被更正的记录之后</translation>
    </message>
    <message>
        <source>must be a task&apos;s key, not null</source>
        <translation>应为任务标识，不能为 null</translation>
    </message>
    <message>
        <source>is already the key of tracking {other}</source>
        <translation>已是第 {other} 项跟踪记录的任务标识</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file}: there is no such file</source>
        <translation>{file}：没有这个文件</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a file</source>
        <translation>{file}：这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{file}: cannot be read: {reason}</source>
        <translation>{file}：无法读取：{reason}</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>Pledge {number} “{title}” (version {revision})</source>
        <extracomment>Ready-to-sign content carries its hash too, but no guard protects it: always rehashed. Pledges rehashed per round trip; with two signature images each, about 15 MB at a time. Ids per IN list: far below every engine&apos;s limit on bound parameters.</extracomment>
        <translation>责任书 {number}“{title}”（第 {revision} 版）</translation>
    </message>
    <message>
        <source>The database file is damaged: {detail}</source>
        <extracomment>The small tables a quick check scans for file damage; the big ones (tasks, signature images) take seconds at ten thousand pledges and are scanned by the full check.</extracomment>
        <translation>数据库文件已损坏：{detail}</translation>
    </message>
    <message>
        <source>A row of {table} points at a missing {parent} row.</source>
        <translation>{table} 中有一行指向不存在的 {parent} 记录。</translation>
    </message>
    <message>
        <source>The protection of signed pledges was removed from the database (missing triggers: {names}).</source>
        <translation>数据库中对已签署责任书的保护已被移除（缺少触发器：{names}）。</translation>
    </message>
    <message>
        <source>The protection of signed pledges was altered in the database: trigger {name} on table {table} is not the one Pledge Manager installs, so it may let changes through.</source>
        <translation>数据库中已签署责任书的保护被改动：表 {table} 上的触发器 {name} 不是本程序安装的那个，可能会放行修改。</translation>
    </message>
    <message>
        <source>The protection of signed pledges was switched off in the database: trigger {name} on table {table} is disabled.</source>
        <translation>数据库中已签署责任书的保护被关闭：表 {table} 上的触发器 {name} 已停用。</translation>
    </message>
    <message>
        <source>A trigger Pledge Manager did not install was added to table {table}: {name}. It could change rows after the protection has checked them.</source>
        <translation>表 {table} 上被添加了一个并非本程序安装的触发器：{name}。它可能在保护检查之后改动数据行。</translation>
    </message>
    <message>
        <source>no check has passed on this database yet</source>
        <extracomment>Every pledge rehashed, the whole file scanned, the whole audit chain walked. Only what changed since the last sound check; the rest stands on the guards. Why a full check ran (asked for, first check, guards touched…); empty for a quick one. The last sound check a quick one built on. Signed and ready-to-sign pledges whose rows were checked, and how many were rehashed.</extracomment>
        <translation>此数据库尚未通过任何一次检查</translation>
    </message>
    <message>
        <source>the protection of signed pledges is not intact</source>
        <translation>已签署责任书的数据库保护不完整</translation>
    </message>
    <message>
        <source>the protection of signed pledges was changed since the last check</source>
        <translation>自上次检查以来，已签署责任书的数据库保护被改动过</translation>
    </message>
    <message>
        <source>the audit entry the last check ended at is missing or was changed</source>
        <translation>上次检查结束处的审计记录缺失或已被改动</translation>
    </message>
    <message>
        <source>a full check was asked for</source>
        <translation>要求进行完整检查</translation>
    </message>
    <message>
        <source>its content was altered after it was frozen (recorded hash {recorded}, content now hashes to {actual}).</source>
        <translation>其内容在定稿后被改动（记录的哈希值为 {recorded}，当前内容的哈希值为 {actual}）。</translation>
    </message>
    <message>
        <source>the signature of {signer} was given on different content.</source>
        <translation>{signer} 的签名针对的是不同的内容。</translation>
    </message>
    <message>
        <source>the signature record of {signer} was altered.</source>
        <translation>{signer} 的签署记录被篡改。</translation>
    </message>
    <message>
        <source>it is marked signed but {party} has no signature.</source>
        <translation>已标记为已签署，但{party}没有签名。</translation>
    </message>
    <message>
        <source>the audit log has no record of its signing.</source>
        <translation>审计日志中没有其签署记录。</translation>
    </message>
    <message>
        <source>task {row}, co-operating unit {place} (“{unit}”) holds a broken character ({code}); it cannot be exported or printed until that unit is typed again.</source>
        <translation>任务 {row} 的第 {place} 个配合单位（“{unit}”）含有残缺字符（{code}）；在重新输入该单位之前，无法导出或打印。</translation>
    </message>
</context>
<context>
    <name>numbering</name>
    <message>
        <source>The number is empty.</source>
        <translation>编号为空。</translation>
    </message>
    <message>
        <source>The number is longer than {n} characters.</source>
        <translation>编号超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>The number {number} is already used by “{title}” ({year}). Choose another number.</source>
        <translation>编号 {number} 已被《{title}》（{year}年）使用，请换一个编号。</translation>
    </message>
    <message>
        <source>The counter cannot be below zero.</source>
        <translation>计数器不能小于零。</translation>
    </message>
    <message>
        <source>That pledge no longer exists.</source>
        <translation>该责任书已不存在。</translation>
    </message>
    <message>
        <source>“{title}” is not a draft; its number stays.</source>
        <translation>《{title}》不是草稿，编号不能更改。</translation>
    </message>
</context>
<context>
    <name>office_settings</name>
    <message>
        <source>The numbering pattern has an unmatched brace: {pattern}</source>
        <extracomment>The pattern offices most often use; {year} and {n} are filled in. The settings&apos; names, as stored in the `key` column.</extracomment>
        <translation>编号格式中的花括号不成对：{pattern}</translation>
    </message>
    <message>
        <source>The numbering pattern may use only {year} and {n}, not {fields}.</source>
        <translation>编号格式只能使用 {year} 和 {n}，不能使用 {fields}。</translation>
    </message>
    <message>
        <source>The numbering pattern needs {n}, the running number.</source>
        <translation>编号格式必须包含流水号 {n}。</translation>
    </message>
    <message>
        <source>The issuing unit</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>The issuer&apos;s signer</source>
        <translation>甲方签署人</translation>
    </message>
    <message>
        <source>The signer&apos;s title</source>
        <translation>签署人职务</translation>
    </message>
    <message>
        <source>Days before a due date that count as near</source>
        <translation>临近到期的提前天数</translation>
    </message>
    <message>
        <source>Points behind schedule that turn yellow</source>
        <translation>落后进度多少个百分点亮黄灯</translation>
    </message>
    <message>
        <source>Days without a report that turn yellow</source>
        <translation>多少天未报送亮黄灯</translation>
    </message>
    <message>
        <source>Monthly reporting day</source>
        <translation>每月报送日</translation>
    </message>
    <message>
        <source>{setting} is a whole number from {low} to {high}, not {value}.</source>
        <extracomment>The range each whole-number setting may take.</extracomment>
        <translation>{setting}应为 {low} 到 {high} 的整数，而不是 {value}。</translation>
    </message>
    <message>
        <source>{setting} is longer than {n} characters.</source>
        <translation>{setting}超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>Choose the issuing unit before its signer.</source>
        <translation>请先选择发文单位，再选择其签署人。</translation>
    </message>
    <message>
        <source>There is no office setting called {name}.</source>
        <translation>没有名为 {name} 的办公设置。</translation>
    </message>
    <message>
        <source>The date style is “arabic” or “chinese”, not {value}.</source>
        <translation>日期样式应为“arabic”或“chinese”，而不是 {value}。</translation>
    </message>
</context>
<context>
    <name>pledges</name>
    <message>
        <source>The pledge {id} does not exist.</source>
        <translation>责任书 {id} 不存在。</translation>
    </message>
    <message>
        <source>“{title}” was changed elsewhere since you opened it. Reload it to see the other changes.</source>
        <translation>您打开“{title}”后，它已在别处被修改。请重新载入以查看其他修改。</translation>
    </message>
    <message>
        <source>“{title}” is not a draft; reopen it before editing.</source>
        <translation>“{title}”不是草稿，请先退回修改再编辑。</translation>
    </message>
    <message>
        <source>Only a draft can be finalised; “{title}” is not one.</source>
        <translation>只有草稿才能定稿；“{title}”不是草稿。</translation>
    </message>
    <message>
        <source>Only a pledge that is ready to sign can be reopened; “{title}” is not.</source>
        <translation>只有待签署的责任书才能退回修改；“{title}”不是待签署状态。</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; “{title}” is not one.</source>
        <translation>只有草稿才能删除；“{title}”不是草稿。</translation>
    </message>
    <message>
        <source>This pledge no longer exists: someone deleted it meanwhile.</source>
        <extracomment>Every version of the pledge, oldest first (empty for one never saved). Unsaved content kept automatically for this pledge, if any.</extracomment>
        <translation>这份责任书已不存在：其间已被他人删除。</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The printer “{name}” could not be started.</source>
        <extracomment>Above this, a rendered A4 page costs well over 100 MB; 300 dpi prints text crisply.</extracomment>
        <translation>无法启动打印机“{name}”。</translation>
    </message>
    <message>
        <source>Laying out the pledge…</source>
        <extracomment>The suffix of a batch&apos;s files until the transaction that registers them has committed.</extracomment>
        <translation>正在排版责任书…</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>Laying out page {page}…</source>
        <translation>正在排版第 {page} 页…</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>无法创建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>There is no pledge with the id {ids}; nothing was printed.</source>
        <translation>没有编号为 {ids} 的责任书；未打印任何文件。</translation>
    </message>
    <message>
        <source>Printing {count} pledges…</source>
        <translation>正在打印 {count} 份责任书…</translation>
    </message>
    <message>
        <source>{number} “{title}”</source>
        <translation>{number}《{title}》</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>These characters are in none of the fonts on this computer, so the pledge cannot be printed. Use a common form of them, or install a font that has them:
{findings}</source>
        <translation>以下字符在本机所有字体中都不存在，因此无法打印责任书。请改用常用写法，或安装包含这些字符的字体：
{findings}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>总体目标</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>改革责任</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>推进措施</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>落地见效</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Reform item</source>
        <translation>改革事项</translation>
    </message>
    <message>
        <source>Lead official</source>
        <translation>牵头领导</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>成果形式</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>{section}, paragraph {number}</source>
        <translation>{section}第 {number} 段</translation>
    </message>
    <message>
        <source>Task {number}, “{column}”</source>
        <translation>任务 {number}“{column}”</translation>
    </message>
    <message>
        <source>Signer of the {party}</source>
        <translation>{party}签署人</translation>
    </message>
    <message>
        <source>Signer&apos;s title of the {party}</source>
        <translation>{party}签署人职务</translation>
    </message>
    <message>
        <source>Recorded by, for the {party}</source>
        <translation>{party}签署记录人</translation>
    </message>
    <message>
        <source>{char} (U+{code})</source>
        <translation>{char}（U+{code}）</translation>
    </message>
    <message>
        <source>{place}: {characters}</source>
        <translation>{place}：{characters}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The recorded seal image of the {party} is damaged.</source>
        <translation>{party}存档的公章图片已损坏。</translation>
    </message>
    <message>
        <source>The recorded signature image of the {party} is damaged.</source>
        <translation>{party}存档的签名图片已损坏。</translation>
    </message>
    <message>
        <source>The recorded image of the {party} is empty.</source>
        <translation>{party}存档的图片为空。</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>责任单位</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>the issuer (party A)</source>
        <translation>发文单位（甲方）</translation>
    </message>
    <message>
        <source>the responsible unit (party B)</source>
        <translation>责任单位（乙方）</translation>
    </message>
    <message>
        <source>The signing order can only change before the first signature.</source>
        <translation>签署顺序只能在第一方签署前更改。</translation>
    </message>
    <message>
        <source>{what} must be a PNG or JPEG image.</source>
        <translation>{what}必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>{signer} of {unit} has no stored signature image.</source>
        <translation>{unit}的{signer}没有预存签名图片。</translation>
    </message>
    <message>
        <source>The PIN for {signer} is not correct.</source>
        <translation>{signer} 的 PIN 码不正确。</translation>
    </message>
    <message>
        <source>“{title}” is not ready to sign.</source>
        <translation>“{title}”尚未处于待签署状态。</translation>
    </message>
    <message>
        <source>The content of “{title}” changed after it was finalised; reopen and finalise it again before signing.</source>
        <translation>“{title}”的内容在定稿后发生了变化；请退回修改并重新定稿后再签署。</translation>
    </message>
    <message>
        <source>It is {party}&apos;s turn to sign.</source>
        <translation>现在应由{party}签署。</translation>
    </message>
    <message>
        <source>The signer&apos;s name is empty.</source>
        <translation>签署人姓名为空。</translation>
    </message>
    <message>
        <source>The signing date {date} is in the future.</source>
        <translation>签署日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>The drawn signature</source>
        <translation>手写签名</translation>
    </message>
    <message>
        <source>The scan of the signed paper must be a PDF, PNG or JPEG file.</source>
        <translation>纸质签署件的扫描件必须是 PDF、PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>That signatory does not exist.</source>
        <translation>该签署人不存在。</translation>
    </message>
    <message>
        <source>The PIN must have at least {n} characters.</source>
        <translation>PIN 码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The signature image</source>
        <translation>签名图片</translation>
    </message>
    <message>
        <source>The unit {unit} does not exist.</source>
        <translation>单位 {unit} 不存在。</translation>
    </message>
    <message>
        <source>The seal</source>
        <translation>公章</translation>
    </message>
    <message>
        <source>No scan of the signed paper is attached.</source>
        <extracomment>The file name ending of each kind of scan.</extracomment>
        <translation>未附签署纸质件的扫描件。</translation>
    </message>
</context>
<context>
    <name>tracking</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Due this quarter</source>
        <translation>本季度到期</translation>
    </message>
    <message>
        <source>A task has at most {n} milestones.</source>
        <translation>一项任务最多设 {n} 个节点。</translation>
    </message>
    <message>
        <source>milestone {n}&apos;s name</source>
        <translation>节点 {n} 的名称</translation>
    </message>
    <message>
        <source>Milestone {n} has no name.</source>
        <translation>节点 {n} 没有名称。</translation>
    </message>
    <message>
        <source>No task {key} in a signed pledge in force: only signed pledges are tracked.</source>
        <extracomment>The largest evidence file taken (a scanned report or a few photos; not video).</extracomment>
        <translation>生效的已签署责任书中没有任务 {key}：只有已签署的责任书才进行跟踪。</translation>
    </message>
    <message>
        <source>Percent complete is from 0 to 100, not {value}.</source>
        <translation>完成百分比应为 0 到 100，而不是 {value}。</translation>
    </message>
    <message>
        <source>The period starts {start}, after today: a report covers time that has begun.</source>
        <translation>报送期开始于 {start}，晚于今天：只能报送已经开始的时段。</translation>
    </message>
    <message>
        <source>The period starts {start}, after it ends ({end}).</source>
        <translation>报送期开始于 {start}，晚于结束日期（{end}）。</translation>
    </message>
    <message>
        <source>the narrative</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>the reporter</source>
        <translation>报送人</translation>
    </message>
    <message>
        <source>At most {n} evidence files go with one report.</source>
        <translation>一次报送最多附 {n} 个佐证材料。</translation>
    </message>
    <message>
        <source>The evidence file {name} is {size} MB; the limit is {limit} MB.</source>
        <translation>佐证材料 {name} 大小为 {size} MB，上限为 {limit} MB。</translation>
    </message>
    <message>
        <source>an evidence file&apos;s name</source>
        <translation>佐证材料的文件名</translation>
    </message>
    <message>
        <source>An evidence file has no name.</source>
        <translation>有一个佐证材料没有文件名。</translation>
    </message>
    <message>
        <source>The report to correct ({id}) is not one of this task&apos;s.</source>
        <translation>要更正的报送记录（{id}）不属于这项任务。</translation>
    </message>
    <message>
        <source>Marking a task {done} needs an evidence file (佐证材料): attach one, or change the office setting.</source>
        <translation>将任务标为“{done}”需要佐证材料：请附上文件，或修改办公室设置。</translation>
    </message>
    <message>
        <source>No evidence file {id}.</source>
        <translation>没有佐证材料 {id}。</translation>
    </message>
    <message>
        <source>“{key}” is not a task key: give at least its first 6 characters.</source>
        <translation>“{key}”不是任务编码：请至少输入前 6 位。</translation>
    </message>
    <message>
        <source>No task in force has a key starting with {key}.</source>
        <translation>没有编码以 {key} 开头的生效任务。</translation>
    </message>
    <message>
        <source>Several tasks have keys starting with {key}: give more of it.</source>
        <translation>有多项任务的编码以 {key} 开头：请多输入几位。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>{file}: {size} MB is over the {limit} MB evidence limit.</source>
        <translation>{file}：{size} MB，超过佐证材料 {limit} MB 的上限。</translation>
    </message>
</context>
<context>
    <name>unit_import</name>
    <message>
        <source>{file}, row {row}, column {column} ({header}): {problem}</source>
        <extracomment>The header of each column, with the other spellings a sheet may use. What the 类型 column may say for each kind.</extracomment>
        <translation>{file}，第 {row} 行，第 {column} 列（{header}）：{problem}</translation>
    </message>
    <message>
        <source>{file} is not an .xlsx workbook ({reason}).</source>
        <translation>{file} 不是 .xlsx 工作簿（{reason}）。</translation>
    </message>
    <message>
        <source>{file}, row 1: no 单位名称 column; the first row holds the headers.</source>
        <translation>{file}，第 1 行：没有“单位名称”列；第一行应为表头。</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} 是空的。</translation>
    </message>
    <message>
        <source>the unit&apos;s name is empty</source>
        <translation>单位名称为空</translation>
    </message>
    <message>
        <source>longer than {n} characters</source>
        <translation>超过 {n} 个字符</translation>
    </message>
    <message>
        <source>{unit} is already on row {row}</source>
        <translation>{unit} 已在第 {row} 行出现</translation>
    </message>
    <message>
        <source>“{value}” is not a unit type (部门, 区县, 工作专班, 领导小组)</source>
        <translation>“{value}”不是单位类型（部门、区县、工作专班、领导小组）</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <source>a title is given but no person</source>
        <translation>填写了职务但没有负责人</translation>
    </message>
    <message>
        <source>{file} holds no units below its header row.</source>
        <translation>{file} 表头下没有单位。</translation>
    </message>
    <message>
        <source>{file}, row {row}: {problem}</source>
        <translation>{file}，第 {row} 行：{problem}</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>The unit {unit} does not exist.</source>
        <extracomment>The longest signatory names and titles the table holds.</extracomment>
        <translation>单位 {unit} 不存在。</translation>
    </message>
    <message>
        <source>Enter the signatory&apos;s name.</source>
        <translation>请输入签署人姓名。</translation>
    </message>
    <message>
        <source>The name is longer than {n} characters.</source>
        <translation>姓名超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>{unit} is now {current}; change {current} instead.</source>
        <translation>{unit} 现为 {current}，请修改 {current}。</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <source>{unit} is a former name of {current}: signed pledges still use it.</source>
        <translation>{unit} 是 {current} 的曾用名，已签署的责任书仍在使用。</translation>
    </message>
    <message>
        <source>There is already a unit called {unit}.</source>
        <translation>已有名为 {unit} 的单位。</translation>
    </message>
    <message>
        <source>The term ends ({to}) before it starts ({start}).</source>
        <translation>任职结束日期（{to}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>{unit} already has a signatory called {name}.</source>
        <translation>{unit}已有名为{name}的签署人。</translation>
    </message>
    <message>
        <source>The title is longer than {n} characters.</source>
        <translation>职务超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>That signatory no longer exists.</source>
        <translation>该签署人已不存在。</translation>
    </message>
    <message>
        <source>A unit cannot be merged into itself ({unit}).</source>
        <extracomment>Signatories who now sign for the new unit (a rename moves them all; a merge none). Drafts whose link to a signatory of the old unit was dropped (a merge only): the printed signer stays, and the clerk chooses the new unit&apos;s signer.</extracomment>
        <translation>单位不能并入自身（{unit}）。</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Goals</source>
        <translation>总体目标</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>改革责任</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>推进措施</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>落地见效</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>标题为空。</translation>
    </message>
    <message>
        <source>The year {year} is not between {low} and {high}.</source>
        <translation>年度 {year} 不在 {low} 至 {high} 之间。</translation>
    </message>
    <message>
        <source>The issuer is empty.</source>
        <translation>发文单位为空。</translation>
    </message>
    <message>
        <source>The responsible unit is empty.</source>
        <translation>责任单位为空。</translation>
    </message>
    <message>
        <source>Task {row}: the weight is negative.</source>
        <translation>任务 {row}：分值权重为负数。</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>编号为空。</translation>
    </message>
    <message>
        <source>The section “{section}” is empty.</source>
        <translation>“{section}”部分为空。</translation>
    </message>
    <message>
        <source>There are no tasks.</source>
        <translation>没有具体任务。</translation>
    </message>
    <message>
        <source>Task {row}: the task itself is empty.</source>
        <translation>任务 {row}：改革事项为空。</translation>
    </message>
    <message>
        <source>Task {row}: the responsible body is empty.</source>
        <translation>任务 {row}：责任主体为空。</translation>
    </message>
    <message>
        <source>Task {row}: the deadline is empty.</source>
        <translation>任务 {row}：完成时限为空。</translation>
    </message>
    <message>
        <source>{where}: contains a broken character ({code}, half of a pair) that cannot be stored or printed; type that character again.</source>
        <extracomment>UTF-16 halves that arrived without their other half: Python keeps them, UTF-8 cannot.</extracomment>
        <translation>{where}：含有残缺字符（{code}，成对字符的一半），无法保存或打印；请重新输入该字符。</translation>
    </message>
    <message>
        <source>{where}: is {length} characters long; at most {limit} are allowed.</source>
        <translation>{where}：长 {length} 字，最多允许 {limit} 字。</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>粘贴的文字</translation>
    </message>
    <message>
        <source>{where}: names {count} co-operating units; at most {limit}.</source>
        <translation>{where}：列了 {count} 个配合单位，最多 {limit} 个。</translation>
    </message>
    <message>
        <source>The issuer</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>The responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>{party}, signatory</source>
        <translation>{party}，签署人</translation>
    </message>
    <message>
        <source>{party}, signatory&apos;s title</source>
        <translation>{party}，签署人职务</translation>
    </message>
    <message>
        <source>The number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Section “{section}”, paragraph {paragraph}</source>
        <translation>“{section}”部分第 {paragraph} 段</translation>
    </message>
    <message>
        <source>Task {row}, co-operating unit {number}</source>
        <translation>任务 {row}，第 {number} 个配合单位</translation>
    </message>
    <message>
        <source>Task {row}, {field}</source>
        <translation>任务 {row}，{field}</translation>
    </message>
    <message>
        <source>Section “{section}” has {count} paragraphs; at most {limit}.</source>
        <translation>“{section}”部分有 {count} 段，最多 {limit} 段。</translation>
    </message>
    <message>
        <source>The pledge has {count} tasks; at most {limit}.</source>
        <translation>责任书有 {count} 项任务，最多 {limit} 项。</translation>
    </message>
    <message>
        <source>Task {row} has {count} co-operating units; at most {limit}.</source>
        <translation>任务 {row} 有 {count} 个配合单位，最多 {limit} 个。</translation>
    </message>
    <message>
        <source>Task {row}: the weight must be a number up to {limit}.</source>
        <translation>任务 {row}：权重须为不超过 {limit} 的数字。</translation>
    </message>
    <message>
        <source>The pledge holds {length} characters of text in all; at most {limit} are allowed. Move long material into an attachment.</source>
        <translation>责任书文字共 {length} 字，最多允许 {limit} 字。请将篇幅较长的材料另作附件。</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <source>This file is not a PDF, or it is damaged: it cannot be checked.</source>
        <translation>该文件不是 PDF 或已损坏，无法核验。</translation>
    </message>
    <message>
        <source>This PDF was not printed by Pledge Manager: it carries no pledge mark.</source>
        <translation>该 PDF 并非由责任书管理系统打印：其中没有责任书标识。</translation>
    </message>
    <message>
        <source>This code was not printed by Pledge Manager: it holds no pledge mark.</source>
        <translation>该二维码并非由责任书管理系统打印：其中没有责任书标识。</translation>
    </message>
    <message>
        <source>This code claims signed version {revision} of pledge {number} “{title}” with content {hash}, which this database does not hold: the copy was not printed from this database, it is forged, or the database was altered. Run the integrity check.</source>
        <translation>该二维码声称对应责任书 {number}“{title}”已签署的第 {revision} 版，内容哈希为 {hash}，但本数据库中没有该版本：此文本并非从本数据库打印、系伪造，或数据库已被改动。请运行完整性检查。</translation>
    </message>
    <message>
        <source>This file was printed by Pledge Manager from a pledge that is no longer in this database (id {id}): the database was altered.</source>
        <translation>该文件由责任书管理系统打印，但对应的责任书（ID {id}）已不在本数据库中：数据库已被改动。</translation>
    </message>
    <message>
        <source>This file is an untouched printed copy of version {revision} of pledge {number} “{title}”, but the pledge in the database was altered after it was printed: it no longer matches what was signed. Run the integrity check.</source>
        <translation>该文件是责任书 {number}“{title}”第 {revision} 版未经改动的打印件，但数据库中的该责任书在打印后被改动，已与签署内容不符。请运行完整性检查。</translation>
    </message>
    <message>
        <source>This is an untouched copy of version {revision} of pledge {number} “{title}”, signed on {date}.</source>
        <translation>这是责任书 {number}“{title}”第 {revision} 版未经改动的文本，签署于 {date}。</translation>
    </message>
    <message>
        <source>This is an untouched copy of version {revision} of pledge {number} “{title}”, signed on {date}; a newer version {newer} superseded it, so this copy is no longer the one in force.</source>
        <translation>这是责任书 {number}“{title}”第 {revision} 版未经改动的文本，签署于 {date}；该版本已被新的第 {newer} 版替代，不再是现行有效的文本。</translation>
    </message>
    <message>
        <source>This copy names pledge {number} (id {id}), which is not in this database: it was printed from another database, or its mark is forged.</source>
        <translation>该文本标注的责任书 {number}（ID {id}）不在本数据库中：它是从其他数据库打印的，或其标识系伪造。</translation>
    </message>
    <message>
        <source>This is a draft copy of pledge {number} “{title}”, not a signed pledge.</source>
        <translation>这是责任书 {number}“{title}”的草稿文本，不是已签署的责任书。</translation>
    </message>
    <message>
        <source>This is an unsigned copy of pledge {number} “{title}”, printed for signing; it is not a signed pledge.</source>
        <translation>这是责任书 {number}“{title}”为签署而打印的未签署文本，不是已签署的责任书。</translation>
    </message>
    <message>
        <source>This file claims to be version {revision} of pledge {number} “{title}”, but it matches no copy printed from this database: it was changed after it was printed (or was not printed from this database).</source>
        <translation>该文件声称是责任书 {number}“{title}”的第 {revision} 版，但与本数据库打印的任何文本都不相符：它在打印后被改动过（或并非从本数据库打印）。</translation>
    </message>
    <message>
        <source>{file}: the file is too large to be a printed pledge</source>
        <extracomment>Larger files are not read for checking (a 40-page pledge is well under 5 MB).</extracomment>
        <translation>{file}：文件过大，不可能是责任书的打印件</translation>
    </message>
</context>
</TS>
