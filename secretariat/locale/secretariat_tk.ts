<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk_TM" sourcelanguage="en_US">
<context>
    <name>ActionItemsPage</name>
    <message>
        <source>Action items</source>
        <translation>Tabşyryklar</translation>
    </message>
    <message>
        <source>Search actions, meetings, organizations (Ctrl+F)…</source>
        <translation>Tabşyryklary, mejlisleri, guramalary gözle (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açyk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Möhleti geçen</translation>
    </message>
    <message>
        <source>Done or cancelled</source>
        <translation>Ýerine ýetirilen ýa-da ýatyrylan</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Hemmesi</translation>
    </message>
    <message>
        <source>&amp;Open its meeting</source>
        <translation>Mejlisini &amp;aç</translation>
    </message>
    <message>
        <source>Mark &amp;in progress</source>
        <translation>Ýerine ýetirilýär diýip &amp;belle</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Ýerine ýetirildi diýip b&amp;elle</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tabşyryk</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Jogapkär</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Mejlis</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — möhleti geçen</translation>
    </message>
    <message>
        <source>%1, decision %2</source>
        <translation>%1, %2 belgili karar</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Ähli guramalar</translation>
    </message>
    <message numerus="yes">
        <source>%n shown · %2 open, %3 overdue</source>
        <translation>
            <numerusform>%n görkezildi · %2 açyk, %3 möhleti geçen</numerusform>
            <numerusform>%n görkezildi · %2 açyk, %3 möhleti geçen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” marked %2.</source>
        <translation>“%1” %2 diýlip bellendi.</translation>
    </message>
</context>
<context>
    <name>ActionReview</name>
    <message>
        <source>Carried over to %1</source>
        <translation>%1 senesine geçirildi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ýerine ýetirildi</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Aýryldy</translation>
    </message>
    <message>
        <source>REVIEW — action items of earlier meetings</source>
        <translation>SYN — öňki mejlisleriň tabşyryklary</translation>
    </message>
    <message>
        <source>Meeting %1 (%2): %3</source>
        <translation>Mejlis %1 (%2): %3</translation>
    </message>
    <message>
        <source>Not reviewed at a later meeting yet.</source>
        <translation>Soňky mejlisde entek seredilmedi.</translation>
    </message>
</context>
<context>
    <name>ActionReviewBox</name>
    <message>
        <source>Meeting</source>
        <translation>Mejlis</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tabşyryk</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Jogapkär</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Netijesi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bellik</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>Ýerine ýetiril&amp;di…</translation>
    </message>
    <message>
        <source>&amp;Carry over…</source>
        <translation>Beýleki möhlete &amp;geçir…</translation>
    </message>
    <message>
        <source>Dro&amp;p…</source>
        <translation>A&amp;ýyr…</translation>
    </message>
    <message>
        <source>&amp;Undo mark</source>
        <translation>Belligi &amp;yzyna al</translation>
    </message>
    <message>
        <source>The action item was carried out</source>
        <translation>Tabşyryk ýerine ýetirildi</translation>
    </message>
    <message>
        <source>Still open: give it a new due date</source>
        <translation>Henizem açyk: oňa täze möhlet belläň</translation>
    </message>
    <message>
        <source>No longer to be done: say why</source>
        <translation>Indi ýerine ýetirilmeli däl: sebäbini görkeziň</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(möhleti geçen)</translation>
    </message>
    <message>
        <source>No earlier meeting has an open action item.</source>
        <translation>Öňki mejlisleriň hiç birinde açyk tabşyryk ýok.</translation>
    </message>
    <message numerus="yes">
        <source>%n action items still to review</source>
        <translation>
            <numerusform>Seredilmeli %n tabşyryk galdy</numerusform>
            <numerusform>Seredilmeli %n tabşyryk galdy</numerusform>
        </translation>
    </message>
    <message>
        <source>All earlier action items are reviewed.</source>
        <translation>Öňki tabşyryklaryň hemmesine seredildi.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Syn ýatda saklandy.</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tabşyryk</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Jogapkär</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tabşyryk</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Näme edilmeli</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Möhletsiz</translation>
    </message>
    <message>
        <source>How it was done, or why not</source>
        <translation>Nähili ýerine ýetirildi ýa-da näme üçin ýerine ýetirilmedi</translation>
    </message>
    <message>
        <source>Under &amp;decision</source>
        <translation>&amp;Karara degişli</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Näme</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Jogapkär</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Möhleti</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Ýa&amp;gdaýy</translation>
    </message>
    <message>
        <source>Completion &amp;note</source>
        <translation>Ýerine ýetirilişi barada &amp;bellik</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Synlar</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>Tä&amp;ze tabşyryk</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>Tabşyryk go&amp;ş</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Poz…</translation>
    </message>
    <message>
        <source>— not tied to a decision —</source>
        <translation>— karara degişli däl —</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (möhleti geçen)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Üýtgeşmeleri ýatda &amp;sakla</translation>
    </message>
    <message>
        <source>Say what is to be done first.</source>
        <translation>Ilki näme edilmelidigini görkeziň.</translation>
    </message>
    <message>
        <source>Action item saved.</source>
        <translation>Tabşyryk ýatda saklandy.</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Tabşyrygy poz</translation>
    </message>
    <message>
        <source>Delete the action item “%1”?</source>
        <translation>“%1” tabşyrygy pozulsynmy?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>New agenda item: type its title and press Enter</source>
        <translation>Gün tertibiniň täze meselesi: adyny ýazyň we Enter basyň</translation>
    </message>
    <message>
        <source>Drag items, or use Alt+Up and Alt+Down, to reorder the agenda</source>
        <translation>Gün tertibiniň tertibini üýtgetmek üçin meseleleri süýräň ýa-da Alt+Up we Alt+Down ulanyň</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Ýokary süýşür</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>A&amp;şak süýşür</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Delete item…</source>
        <translation>Meseläni &amp;poz…</translation>
    </message>
    <message>
        <source>Who reports on this item</source>
        <translation>Bu mesele boýunça kim maglumat berýär</translation>
    </message>
    <message>
        <source>Standing item (carried over to the next meeting)</source>
        <translation>Hemişelik mesele (indiki mejlise geçirilýär)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Ady</translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation>&amp;Çykyş edýän</translation>
    </message>
    <message>
        <source>Plan measures discussed</source>
        <translation>Ara alnyp maslahatlaşylan meýilnama çäreleri</translation>
    </message>
    <message>
        <source>Find a plan measure by number or words…</source>
        <translation>Meýilnamanyň çäresini belgisi ýa-da sözleri boýunça gözläň…</translation>
    </message>
    <message>
        <source>UN recommendations discussed</source>
        <translation>Ara alnyp maslahatlaşylan BMG-niň maslahatlary</translation>
    </message>
    <message>
        <source>Find a recommendation by paragraph or words…</source>
        <translation>Maslahaty bendi ýa-da sözleri boýunça gözläň…</translation>
    </message>
    <message>
        <source>Add the first agenda item on the left.</source>
        <translation>Gün tertibiniň ilkinji meselesini çep tarapda goşuň.</translation>
    </message>
    <message numerus="yes">
        <source>Its minutes and %n decisions are deleted with it.</source>
        <translation>
            <numerusform>Onuň teswirnamasy we %n karary hem onuň bilen bilelikde pozulýar.</numerusform>
            <numerusform>Onuň teswirnamasy we %n karary hem onuň bilen bilelikde pozulýar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Gün tertibiniň meselesini poz</translation>
    </message>
    <message>
        <source>Delete agenda item %1, “%2”?</source>
        <translation>Gün tertibiniň № %1 meselesi, “%2” pozulsynmy?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Gün tertibiniň meselesi üçin at gerek.</translation>
    </message>
</context>
<context>
    <name>ApprovalBox</name>
    <message>
        <source>APPROVAL of earlier minutes</source>
        <translation>Öňki teswirnamany TASSYKLAMAK</translation>
    </message>
    <message>
        <source>Record the decision and &amp;approve them</source>
        <translation>Karary hasaba al we olary &amp;tassykla</translation>
    </message>
    <message>
        <source>The minutes this item was to approve no longer exist.</source>
        <translation>Bu meselede tassyklanmaly teswirnama indi ýok.</translation>
    </message>
    <message>
        <source>The minutes of meeting %1 are approved.</source>
        <translation>%1 belgili mejlisiň teswirnamasy tassyklandy.</translation>
    </message>
    <message>
        <source>Recording the decision approves the minutes of meeting %1 and locks them.</source>
        <translation>Karar hasaba alnanda %1 belgili mejlisiň teswirnamasy tassyklanýar we gulplanýar.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Organization</source>
        <translation>Gurama</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roly</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Gatnaşygy</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Wekili</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bellik</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Add who attends: type part of an organization&apos;s or a person&apos;s name, then Enter</source>
        <translation>Gatnaşyjyny goşuň: guramanyň ýa-da adamyň adynyň bir bölegini ýazyň, soňra Enter basyň</translation>
    </message>
    <message>
        <source>Role given to the next organization or person added</source>
        <translation>Indiki goşuljak gurama ýa-da adama berilýän rol</translation>
    </message>
    <message>
        <source>as</source>
        <translation>roly:</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Gatnaşdy</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>G&amp;atnaşmady</translation>
    </message>
    <message>
        <source>&amp;Represented by…</source>
        <translation>&amp;Wekili…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>A&amp;ýyr</translation>
    </message>
    <message>
        <source>Remove the selected lines (Delete)</source>
        <translation>Saýlanan setirleri aýyr (Delete)</translation>
    </message>
    <message numerus="yes">
        <source>%n listed: %2 present, %3 absent, %4 represented</source>
        <translation>
            <numerusform>Sanawda %n: %2 gatnaşdy, %3 gatnaşmady, %4 wekili arkaly</numerusform>
            <numerusform>Sanawda %n: %2 gatnaşdy, %3 gatnaşmady, %4 wekili arkaly</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 eýýäm sanawda bar.</translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation>Sanawnamada ýok</translation>
    </message>
    <message>
        <source>“%1” is not in the directory. Add it as a new organization or as a new person?</source>
        <translation>“%1” sanawnamada ýok. Ony täze gurama ýa-da täze adam hökmünde goşmalymy?</translation>
    </message>
    <message>
        <source>New &amp;organization</source>
        <translation>Täze &amp;gurama</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>Täze &amp;adam</translation>
    </message>
    <message>
        <source>Select one or more lines first.</source>
        <translation>Ilki bir ýa-da birnäçe setiri saýlaň.</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Wekili</translation>
    </message>
    <message>
        <source>Who represented them (name and position):</source>
        <translation>Olara kim wekilçilik etdi (ady we wezipesi):</translation>
    </message>
    <message numerus="yes">
        <source>%n lines removed from the attendance.</source>
        <translation>
            <numerusform>Gatnaşyk sanawyndan %n setir aýryldy.</numerusform>
            <numerusform>Gatnaşyk sanawyndan %n setir aýryldy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Automatic</source>
        <translation>Awtomatik</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>El bilen alnan</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Dikeltmezden öň</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Täzelemezden öň</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Ätiýaçlyk nusgasy we dikeltmek</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details are in the log file (Help → Open log folder).</source>
        <translation>Näsazlyk ýüze çykdy: %1

Jikme-jiklikler žurnal faýlynda (Kömek → Žurnal bukjasyny aç).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ätiýaçlyk nusgasyndan dikelt</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is kept as a backup too, so a restore can be undone.</source>
        <translation>Yzyna gaýtarmak isleýän ätiýaçlyk nusgaňyzy saýlaň. Maglumatlar binýadynyň häzirki ýagdaýy hem ätiýaçlyk nusgasy hökmünde saklanýar, şonuň üçin dikeltmäni yzyna alyp bolýar.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Döredilen wagty</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçegi</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>%1 bukjasynda entek ätiýaçlyk nusgasy ýok.</translation>
    </message>
    <message>
        <source>Back up automatically once a day at start</source>
        <translation>Her gün açylanda ätiýaçlyk nusgasyny awtomatik al</translation>
    </message>
    <message>
        <source>Keep the last </source>
        <translation>Her görnüşiň soňky </translation>
    </message>
    <message>
        <source> of each kind</source>
        <translation> nusgasyny sakla</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Saýlanan ätiýaçlyk nusgasyny dikelt…</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Başga faýl…</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Bukjany görkez</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation>Secretariat maglumatlar binýady (*.sqlite *.db);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Ätiýaçlyk nusgasyny &amp;häzir al</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Ätiýaçlyk nusgasyndan &amp;dikelt…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Maglumatlar binýadynyň ätiýaçlyk nusgasy alynýar…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Ätiýaçlyk nusgasy %1 faýlyna ýazyldy</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Ätiýaçlyk nusgasy alyndy</translation>
    </message>
    <message numerus="yes">
        <source>The database was backed up to:
%1

The last %n backups made by hand are kept.</source>
        <translation>
            <numerusform>Maglumatlar binýadynyň ätiýaçlyk nusgasy şu ýere ýazyldy:
%1

El bilen edilen soňky %n nusga saklanýar.</numerusform>
            <numerusform>Maglumatlar binýadynyň ätiýaçlyk nusgasy şu ýere ýazyldy:
%1

El bilen edilen soňky %n nusga saklanýar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Ätiýaçlyk nusgasyny almak ýatyryldy; hiç zat ýazylmady.</translation>
    </message>
    <message>
        <source>Automatic backup written to %1</source>
        <translation>Awtomatik ätiýaçlyk nusgasy %1 faýlyna ýazyldy</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Awtomatik ätiýaçlyk nusgasyny almak başartmady: %1</translation>
    </message>
    <message>
        <source>Close the meeting windows first: what they show would no longer match the restored database.</source>
        <translation>Ilki mejlis penjirelerini ýapyň: olarda görkezilýän maglumatlar dikeldilen maglumatlar binýadyna indi gabat gelmez.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Ätiýaçlyk nusgasy barlanýar…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Dikelt</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>mejlis</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>meýilnama</translation>
    </message>
    <message>
        <source>plan measures</source>
        <translation>meýilnama çäresi</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>maslahatlar</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>gurama</translation>
    </message>
    <message>
        <source>Replace the open database by the backup %1?

The backup is sound and holds %2.</source>
        <translation>Açyk maglumatlar binýady %1 ätiýaçlyk nusgasy bilen çalşyrylsynmy?

Ätiýaçlyk nusgasy sazlaw ýagdaýda we onda %2 bar.</translation>
    </message>
    <message>
        <source>Its last recorded change is from %1 (UTC).</source>
        <translation>Onda hasaba alnan iň soňky üýtgeşme %1 (UTC) senesine degişli.</translation>
    </message>
    <message>
        <source>It comes from an older version and will be upgraded after a safety copy.</source>
        <translation>Ol öňki wersiýadan galan, howpsuzlyk nusgasy alnandan soň täzeleniler.</translation>
    </message>
    <message>
        <source>Everything changed since then will be replaced. The database as it is now is kept as a backup, so this can be undone.</source>
        <translation>Şondan bäri üýtgedilen ähli zat çalşyrylar. Maglumatlar binýadynyň häzirki ýagdaýy ätiýaçlyk nusgasy hökmünde saklanýar, şonuň üçin muny yzyna alyp bolýar.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Ätiýaçlyk nusgasy dikeldilýär…</translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation>Maglumatlar binýady %1 nusgasyndan dikeldildi.</translation>
    </message>
    <message>
        <source>The database as it was before is kept at:
%1
To undo, restore that file.</source>
        <translation>Maglumatlar binýadynyň öňki ýagdaýy şu ýerde saklanýar:
%1
Yzyna almak üçin şol faýly dikeldiň.</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>%1 nusgasyndan dikeldildi</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dikeldildi</translation>
    </message>
    <message>
        <source>Restore cancelled; the database was not changed.</source>
        <translation>Dikeltmek ýatyryldy; maglumatlar binýady üýtgedilmedi.</translation>
    </message>
    <message>
        <source>The file that could not be opened is kept at:
%1</source>
        <translation>Açyp bolmadyk faýl şu ýerde saklanýar:
%1</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %n recommendations</source>
        <translation>
            <numerusform>%n maslahaty üýtget</numerusform>
            <numerusform>%n maslahaty üýtget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes apply to all %n selected recommendations.</source>
        <translation>
            <numerusform>Üýtgeşmeler saýlanan %n maslahatyň hemmesine degişli.</numerusform>
            <numerusform>Üýtgeşmeler saýlanan %n maslahatyň hemmesine degişli.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Implementation status:</source>
        <translation>&amp;Ýerine ýetirilişiniň ýagdaýy:</translation>
    </message>
    <message>
        <source>(leave unchanged)</source>
        <translation>(üýtgetme)</translation>
    </message>
    <message>
        <source>Leave unchanged</source>
        <translation>Üýtgetme</translation>
    </message>
    <message>
        <source>Add these</source>
        <translation>Bulary goş</translation>
    </message>
    <message>
        <source>Remove these</source>
        <translation>Bulary aýyr</translation>
    </message>
    <message>
        <source>Replace with these</source>
        <translation>Bular bilen çalyş</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Jogapkärler:</translation>
    </message>
    <message>
        <source>Nothing to change: choose a status or what to do with the responsible organizations.</source>
        <translation>Üýtgetjek zat ýok: ýagdaýy saýlaň ýa-da jogapkär guramalar bilen näme etmelidigini görkeziň.</translation>
    </message>
    <message>
        <source>Tick the organizations to add or remove.</source>
        <translation>Goşmaly ýa-da aýyrmaly guramalary belläň.</translation>
    </message>
</context>
<context>
    <name>CheckoutActions</name>
    <message>
        <source>Chec&amp;k out a meeting to this computer…</source>
        <translation>Mejlisi bu kompýutere &amp;al…</translation>
    </message>
    <message>
        <source>Copy a meeting to a local file to work on it with no network</source>
        <translation>Torsuz işlemek üçin mejlisi ýerli faýla göçürmek</translation>
    </message>
    <message>
        <source>Check i&amp;n a checked-out copy…</source>
        <translation>Alnan nusgany yzyna &amp;gaýtar…</translation>
    </message>
    <message>
        <source>Bring the changes made in a checked-out copy back</source>
        <translation>Alnan nusgada edilen üýtgetmeleri yzyna getirmek</translation>
    </message>
    <message>
        <source>Check out a meeting</source>
        <translation>Mejlisi almak</translation>
    </message>
    <message>
        <source>Check &amp;out…</source>
        <translation>&amp;Al…</translation>
    </message>
    <message>
        <source>Check out to</source>
        <translation>Şu faýla almak</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation>Secretariat maglumatlar binýady (*.sqlite *.db);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Alyndy</translation>
    </message>
    <message>
        <source>Meeting %1 is checked out to %2. Everyone else sees it as checked out until you check it in.

Open the copy now, to work on it with no network?</source>
        <translation>%1 mejlisi %2 faýlyna alyndy. Siz ony yzyna gaýtarýançaňyz beýleki hemmeler ony alnan hökmünde görýär.

Torsuz işlemek üçin nusgany häzir açmalymy?</translation>
    </message>
    <message>
        <source>Checking the meeting out…</source>
        <translation>Mejlis alynýar…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Yzyna gaýtarmak</translation>
    </message>
    <message>
        <source>Nothing was checked in; the meeting stays checked out.</source>
        <translation>Hiç zat yzyna gaýtarylmady; mejlis alnan bolup galýar.</translation>
    </message>
    <message>
        <source>Checking the copy in…</source>
        <translation>Nusga yzyna gaýtarylýar…</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Yzyna gaýtaryldy</translation>
    </message>
    <message>
        <source>Meeting %1 is checked in and no longer checked out.</source>
        <translation>%1 mejlisi yzyna gaýtaryldy we indi alnan däl.</translation>
    </message>
    <message>
        <source>Comparing the copy with the database…</source>
        <translation>Nusga maglumatlar binýady bilen deňeşdirilýär…</translation>
    </message>
</context>
<context>
    <name>CheckoutBar</name>
    <message>
        <source>This is a checked-out copy of the meeting, taken from %1 on %2: work on it with no network. To bring your work back, open %1 and choose File → Check in a checked-out copy…</source>
        <translation>Bu mejlisiň %1 maglumatlar binýadyndan %2 alnan nusgasydyr: onuň bilen torsuz işläň. Işiňizi yzyna getirmek üçin %1 açyň we Faýl → Alnan nusgany yzyna gaýtar… saýlaň</translation>
    </message>
    <message>
        <source>This copy was checked in on %1: what is changed here now does not go back.</source>
        <translation>Bu nusga %1 yzyna gaýtaryldy: indi bu ýerde üýtgedilen zat yzyna barmaýar.</translation>
    </message>
    <message>
        <source>Checked out to %1 since %2 (%3). What you save here is merged with their work when they check it in; where both of you change the same thing, they will choose.</source>
        <translation>%2 bäri %1 tarapyndan alnandyr (%3). Bu ýerde saklaýanyňyz yzyna gaýtarylanda onuň işi bilen birleşdiriler; ikiňiz bir zady üýtgeden ýeriňizde, saýlawy ol eder.</translation>
    </message>
</context>
<context>
    <name>CirculateDialog</name>
    <message>
        <source>Circulate the minutes of meeting %1</source>
        <translation>%1 belgili mejlisiň teswirnamasyny ýaýrat</translation>
    </message>
    <message>
        <source>e.g. Members of the Commission; the Ombudsman&apos;s office</source>
        <translation>mysal üçin, Toparyň agzalary; Ombudsmeniň edarasy</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Iberilen senesi:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kime:</translation>
    </message>
    <message>
        <source>The minutes as they are now are printed to PDF and kept with this record.</source>
        <translation>Teswirnama häzirki görnüşinde PDF-e çap edilýär we şu ýazgy bilen saklanýar.</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Iberilen senesi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kime</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Redaksiýa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <source>&amp;Open the PDF sent</source>
        <translation>Iberilen PDF-i &amp;aç</translation>
    </message>
    <message>
        <source>Circulated before:</source>
        <translation>Öň ýaýradylanlar:</translation>
    </message>
    <message>
        <source>&amp;Circulate</source>
        <translation>Ýaý&amp;rat</translation>
    </message>
    <message>
        <source>Say to whom the minutes were sent.</source>
        <translation>Teswirnamanyň kime iberilendigini görkeziň.</translation>
    </message>
    <message>
        <source>Minutes as sent on %1</source>
        <translation>%1 senesinde iberilen teswirnama</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Başga biri tarapyndan üýtgedildi</translation>
    </message>
    <message>
        <source>%1 was changed and saved by someone else (another window or another computer) while you were editing it. Nothing of yours is saved yet. Choose which version to keep.</source>
        <translation>Siz %1 üýtgedýän wagtyňyz ony başga biri (başga penjire ýa-da başga kompýuter) üýtgedip ýatda saklady. Siziň üýtgeşmeleriňiz entek ýatda saklanmady. Haýsy wersiýany galdyrmalydygyny saýlaň.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Siziň wersiýaňyz</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Şol arada ýatda saklanan</translation>
    </message>
    <message>
        <source>Highlighted: what differs (%1).</source>
        <translation>Tapawutlar bellendi (%1).</translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation>Meniňkini galdyr (olaryňkynyň üstünden ýaz)</translation>
    </message>
    <message>
        <source>Take theirs (drop my changes)</source>
        <translation>Olaryňkyny al (meniň üýtgeşmelerimi taşla)</translation>
    </message>
    <message>
        <source>Cancel (keep editing)</source>
        <translation>Ýatyr (üýtgetmegi dowam et)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Umumy maglumatlar binýadyna birikmek</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>serweriň ady ýa-da salgysy</translation>
    </message>
    <message>
        <source>TLS: “require” encrypts the connection; “verify-full” also checks the server&apos;s certificate.</source>
        <translation>TLS: “require” birikmäni şifrleýär; “verify-full” mundan başga-da serweriň sertifikatyny barlaýar.</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Paroly ulgamyň açar saklaýjysynda sakla</translation>
    </message>
    <message>
        <source>This system has no keyring: the password will be asked at each start.</source>
        <translation>Bu ulgamda açar saklaýjy ýok: parol her gezek açylanda soralar.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Maglumatlar binýady:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>Şif&amp;rlemek (sslmode):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;rol:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Birik</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>serwer</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>maglumatlar binýady</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>Please fill in %1.</source>
        <translation>Şulary dolduryň: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionActions</name>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <extracomment>Page actions (``actions_by_name``) a reader keeps; every other one changes records. Page buttons that change records.</extracomment>
        <translation>&amp;Umumy maglumatlar binýadyna birik…</translation>
    </message>
    <message>
        <source>Open a &amp;local file</source>
        <translation>&amp;Ýerli faýly aç</translation>
    </message>
    <message>
        <source>Go back to the database file on this computer</source>
        <translation>Şu kompýuterdäki maglumatlar binýadynyň faýlyna gaýdyp gel</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Ulanyjylar…</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>okyjy</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>%1 — you are %2</source>
        <translation>%1 — siz %2</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <source>Counts at a glance</source>
        <translation>Sanlar bir seredişde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Näme</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>San</translation>
    </message>
    <message>
        <source>Double-click a line to show only those recommendations.</source>
        <translation>Diňe şol maslahatlary görkezmek üçin setire iki gezek basyň.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sanalýar…</translation>
    </message>
    <message>
        <source>The counts could not be made: %1</source>
        <translation>Sanlary hasaplap bolmady: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations; %2 linked to plan measures; %3 without a responsible organization.</source>
        <translation>
            <numerusform>%n maslahat; %2 maslahat meýilnamanyň çärelerine baglanyşdyryldy; %3 maslahatyň jogapkär guramasy ýok.</numerusform>
            <numerusform>%n maslahat; %2 maslahat meýilnamanyň çärelerine baglanyşdyryldy; %3 maslahatyň jogapkär guramasy ýok.</numerusform>
        </translation>
    </message>
    <message>
        <source>By position</source>
        <translation>Garaýyş boýunça</translation>
    </message>
    <message>
        <source>By implementation status</source>
        <translation>Ýerine ýetirilişiniň ýagdaýy boýunça</translation>
    </message>
    <message>
        <source>By SDG</source>
        <translation>DÖM boýunça</translation>
    </message>
    <message>
        <source>By SDG target</source>
        <translation>DÖM-iň wezipeleri boýunça</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Tema boýunça</translation>
    </message>
    <message>
        <source>By group of persons</source>
        <translation>Adamlar topary boýunça</translation>
    </message>
    <message>
        <source>By responsible organization</source>
        <translation>Jogapkär gurama boýunça</translation>
    </message>
    <message>
        <source>By body</source>
        <translation>Edara boýunça</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ýok)</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>Reporting cycle: %1</source>
        <translation>Hasabat tapgyry: %1</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Resminama:</translation>
    </message>
    <message>
        <source>First &amp;review:</source>
        <translation>Ilkinji &amp;syn:</translation>
    </message>
    <message>
        <source>&amp;Ratification or accession:</source>
        <translation>&amp;Ratifikasiýa ýa-da goşulma:</translation>
    </message>
    <message>
        <source>Entry into &amp;force:</source>
        <translation>&amp;Güýje girmegi:</translation>
    </message>
    <message>
        <source>Leave empty to compute it from the ratification by the treaty&apos;s rule.</source>
        <translation>Şertnamanyň düzgüni boýunça ratifikasiýa senesinden hasaplamak üçin boş goýuň.</translation>
    </message>
    <message>
        <source>Entry into force &amp;rule:</source>
        <translation>Güýje girmegiň &amp;düzgüni:</translation>
    </message>
    <message>
        <source>30th day after the deposit</source>
        <translation>saklamaga tabşyrylandan soňky 30-njy gün</translation>
    </message>
    <message>
        <source>3 months after the deposit</source>
        <translation>saklamaga tabşyrylandan 3 aý soň</translation>
    </message>
    <message>
        <source>1st day of the month after 3 months</source>
        <translation>3 aýdan soňky aýyň 1-nji güni</translation>
    </message>
    <message>
        <source>The date itself</source>
        <translation>Şol seneniň özi</translation>
    </message>
    <message>
        <source>&amp;Initial report after (months):</source>
        <translation>&amp;Ilkinji hasabat (aýdan soň):</translation>
    </message>
    <message>
        <source>&amp;Periodic reports every (months):</source>
        <translation>&amp;Döwürleýin hasabatlar (her näçe aýdan):</translation>
    </message>
    <message>
        <source>as the committee requests</source>
        <translation>komitetiň haýyşy boýunça</translation>
    </message>
    <message>
        <source>&amp;Next report due (committee):</source>
        <translation>&amp;Indiki hasabatyň möhleti (komitet):</translation>
    </message>
    <message>
        <source>The date given in the committee&apos;s concluding observations; it replaces the treaty&apos;s schedule from then on.</source>
        <translation>Komitetiň jemleýji belliklerinde görkezilen möhlet; şondan soň ol şertnamanyň tertibiniň ornuny tutýar.</translation>
    </message>
    <message>
        <source>&amp;Set in:</source>
        <translation>&amp;Kesgitlenen resminama:</translation>
    </message>
    <message>
        <source>e.g. CEDAW/C/TKM/CO/6, para. 55</source>
        <translation>meselem, CEDAW/C/TKM/CO/6, 55-nji bent</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Bellikler:</translation>
    </message>
    <message>
        <source>Rule from:</source>
        <translation>Düzgüniň çeşmesi:</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>What each card opens: the page and the filters that show what it counts.</extracomment>
        <translation>Umumy syn</translation>
    </message>
    <message>
        <source>This database is empty. Start by creating a meeting (Meetings, Ctrl+N), by importing a spreadsheet (File → Import from Excel…, Ctrl+I), or look around in the demo: a commission&apos;s meetings, plans, recommendations and reports, made up for trying the application.</source>
        <translation>Bu maglumatlar binýady boş. Işe mejlis döretmekden (Mejlisler, Ctrl+N), elektron tablisany import etmekden (Faýl → Excel-den import et…, Ctrl+I) başlaň ýa-da görkezme maglumatlaryna göz aýlaň: programmany synap görmek üçin düzülen bir toparyň mejlisleri, meýilnamalary, maslahatlary we hasabatlary.</translation>
    </message>
    <message>
        <source>&amp;Load the demo</source>
        <translation>Görkezme maglumatlaryny &amp;ýükle</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Mejlisler</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Meýilnamalaryň çäreleri</translation>
    </message>
    <message>
        <source>UN recommendations</source>
        <translation>BMG-niň maslahatlary</translation>
    </message>
    <message>
        <source>Reports to UN bodies</source>
        <translation>BMG-niň edaralaryna hasabatlar</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Guramalar</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Açyk tabşyryklar</translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation>Sanawy aç</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Ýakynlaşýan mejlisler</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Möhleti geçen tabşyryklar</translation>
    </message>
    <message>
        <source>Overdue plan measures</source>
        <translation>Möhleti geçen meýilnama çäreleri</translation>
    </message>
    <message>
        <source>Reports to UN bodies due in the next 6 months</source>
        <translation>Indiki 6 aýda möhleti gelýän BMG-niň edaralaryna hasabatlar</translation>
    </message>
    <message>
        <source>Overdue reports to UN bodies</source>
        <translation>BMG-niň edaralaryna möhleti geçen hasabatlar</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Açmak üçin iki gezek basyň ýa-da Enter basyň</translation>
    </message>
    <message numerus="yes">
        <source>%n with minutes approved</source>
        <translation>
            <numerusform>%n mejlisiň teswirnamasy tassyklandy</numerusform>
            <numerusform>%n mejlisiň teswirnamasy tassyklandy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n möhleti geçen</numerusform>
            <numerusform>%n möhleti geçen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n ýerine ýetirilen</numerusform>
            <numerusform>%n ýerine ýetirilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 supported, %2 noted</source>
        <translation>%1 goldanyldy, %2 bellige alyndy</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n adam</numerusform>
            <numerusform>%n adam</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation>Meýilleşdirilen mejlis ýok.</translation>
    </message>
    <message>
        <source>No action item is overdue.</source>
        <translation>Möhleti geçen tabşyryk ýok.</translation>
    </message>
    <message>
        <source>No plan measure is overdue.</source>
        <translation>Möhleti geçen meýilnama çäresi ýok.</translation>
    </message>
    <message>
        <source>Nothing due in the next 6 months.</source>
        <translation>Indiki 6 aýda möhleti gelýän zat ýok.</translation>
    </message>
    <message>
        <source>No report is overdue.</source>
        <translation>Möhleti geçen hasabat ýok.</translation>
    </message>
    <message>
        <source>Loading the demo…</source>
        <translation>Görkezme maglumatlary ýüklenýär…</translation>
    </message>
</context>
<context>
    <name>DecisionsBox</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Type a decision and press Enter</source>
        <translation>Karary ýazyň we Enter basyň</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Ýokary</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Aşak</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poz…</translation>
    </message>
    <message>
        <source>A decision needs its text; delete it instead if it is not needed.</source>
        <translation>Kararyň teksti bolmaly; eger ol gerek däl bolsa, ony pozuň.</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Karary poz</translation>
    </message>
    <message>
        <source>Delete decision %1, “%2”? The decisions after it are renumbered; its action items stay, no longer tied to a decision.</source>
        <translation>№ %1 karar, “%2” pozulsynmy? Ondan soňky kararlar täzeden belgilener; onuň tabşyryklary galar, ýöne indi hiç bir karara degişli bolmaz.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Ends at</source>
        <translation>Tamamlanýan wagty</translation>
    </message>
    <message>
        <source>What the meeting is about</source>
        <translation>Mejlisiň mowzugy</translation>
    </message>
    <message>
        <source>e.g. Ashgabat, Ministry of Foreign Affairs</source>
        <translation>meselem, Aşgabat, Daşary işler ministrligi</translation>
    </message>
    <message>
        <source>Type to find an organization</source>
        <translation>Guramany tapmak üçin ýazyň</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>Adamy tapmak üçin ýazyň</translation>
    </message>
    <message>
        <source>Notes for the secretariat (not printed in the minutes)</source>
        <translation>Sekretariat üçin bellikler (teswirnamada çap edilmeýär)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Belgisi</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Senesi we wagty</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Görnüşi</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Ady</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>Geçirilýän &amp;ýeri</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formaty</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes</source>
        <translation>Teswirnamanyň &amp;dili</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>G&amp;uramaçysy</translation>
    </message>
    <message>
        <source>&amp;Chaired by</source>
        <translation>&amp;Mejlisi alyp baran</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>&amp;Sekretar</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Be&amp;llikler</translation>
    </message>
    <message>
        <source>Ctrl+S saves the details and the minutes.</source>
        <translation>Ctrl+S jikme-jiklikleri we teswirnamany ýatda saklaýar.</translation>
    </message>
    <message>
        <source>of %1 (numbers run per year)</source>
        <translation>%1 ýyl üçin (belgiler her ýyl täzeden başlaýar)</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Bu mejlis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Başlanýar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Tamamlanýar</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Geçirilýän ýeri</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaty</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Guramaçysy</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Başlyk</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretar</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Teswirnamanyň dili</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bellikler</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Belgisi</translation>
    </message>
</context>
<context>
    <name>DueReportDialog</name>
    <message>
        <source>Report on an indicator</source>
        <translation>Görkeziji boýunça hasabat</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Görkeziji:</translation>
    </message>
    <message>
        <source>received</source>
        <translation>alyndy</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>berilmedi</translation>
    </message>
    <message>
        <source>due</source>
        <translation>möhleti gelýär</translation>
    </message>
    <message>
        <source>(keep the measure&apos;s status)</source>
        <translation>(çäräniň ýagdaýyny üýtgetme)</translation>
    </message>
    <message>
        <source>What was achieved against the indicator</source>
        <translation>Görkeziji boýunça näme gazanyldy</translation>
    </message>
    <message>
        <source>For the report &amp;due on:</source>
        <translation>Hasabatyň &amp;möhleti:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Alnan senesi:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Ýa&amp;gdaýy:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Hasabat:</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Elektron tablisany saýlaň</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Import:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözden geçir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Faýl:</translation>
    </message>
    <message>
        <source>What the file does not say</source>
        <translation>Faýlda görkezilmedik maglumatlar</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods), text tables (.csv, .tsv, .txt) or tables of a Word document (.docx). Title rows above the table are fine; the columns are recognised by their titles in English, Russian or Turkmen.</source>
        <translation>Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods), tekst tablisalary (.csv, .tsv, .txt) ýa-da Word resminamasynyň tablisalary (.docx). Tablisanyň üstündäki at setirleri päsgel bermeýär; sütünler iňlis, rus ýa-da türkmen dilindäki atlary boýunça tanalýar.</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Faýlyň ýoly</translation>
    </message>
    <message>
        <source>&amp;Sheet or table:</source>
        <translation>&amp;Sahypa ýa-da tablisa:</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.docx);;Excel workbooks (*.xlsx *.xlsm *.xls);;Text tables (*.csv *.tsv *.txt);;Word documents (*.docx);;All files (*)</source>
        <translation>Tablisalar (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.docx);;Excel kitaplary (*.xlsx *.xlsm *.xls);;Tekst tablisalary (*.csv *.tsv *.txt);;Word resminamalary (*.docx);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 okalýar…</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>Elektron tablisa okalýar</translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;: %n rows with content.</source>
        <translation>
            <numerusform>“%1” sahypasy: mazmunly %n setir.</numerusform>
            <numerusform>“%1” sahypasy: mazmunly %n setir.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a status questionnaire made by this application for %1.</source>
        <translation>Bu şu programmada %1 üçin taýýarlanan ýagdaý anketasy.</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Okamak ýatyryldy.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Faýly okap bolmady: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message>
        <source>Add &amp;review of action items</source>
        <translation>Tabşyryklaryň &amp;synyny goş</translation>
    </message>
    <message>
        <source>An item “Review of decisions and action items” listing the open action items of earlier meetings</source>
        <translation>Öňki mejlisleriň açyk tabşyryklaryny sanaýan “Kararlaryň we tabşyryklaryň syny” meselesi</translation>
    </message>
    <message>
        <source>Approve earlier &amp;minutes…</source>
        <translation>Öňki &amp;teswirnamany tassykla…</translation>
    </message>
    <message>
        <source>An item approving the minutes of an earlier meeting</source>
        <translation>Öňki mejlisiň teswirnamasyny tassyklaýan mesele</translation>
    </message>
    <message numerus="yes">
        <source>Add &amp;review of action items (%n open)</source>
        <translation>
            <numerusform>Tabşyryklaryň &amp;synyny goş (%n açyk)</numerusform>
            <numerusform>Tabşyryklaryň &amp;synyny goş (%n açyk)</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier minutes are waiting for approval.</source>
        <translation>Tassyklanmaga garaşýan öňki teswirnama ýok.</translation>
    </message>
    <message>
        <source>No. %1 of %2 — %3</source>
        <translation>№ %1, %2 — %3</translation>
    </message>
    <message>
        <source>Approve earlier minutes</source>
        <translation>Öňki teswirnamany tassykla</translation>
    </message>
    <message>
        <source>Minutes to approve at this meeting:</source>
        <translation>Şu mejlisde tassyklanmaly teswirnama:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>In each language:</source>
        <translation>Her dilde:</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Created</source>
        <translation>Döredilenler</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Üýtgedildi</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Pozuldy</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Täzeden açyldy</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import edildi</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dikeldildi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>hawa</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ýok</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>goşuldy: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>aýryldy: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Haçan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Näme</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Jikme-jiklikler</translation>
    </message>
    <message>
        <source>Choose a record to see its history.</source>
        <translation>Taryhyny görmek üçin ýazgyny saýlaň.</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Taryhy okap bolmaýar: %1</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>Hasaba alnan üýtgeşme ýok.</translation>
    </message>
    <message>
        <source>Changes, newest first: %1</source>
        <translation>Üýtgeşmeler, iň täzesi birinji: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>näbelli</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Meeting</source>
        <translation>Mejlis</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Gün tertibiniň meselesi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Gatnaşyk</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tabşyryk</translation>
    </message>
    <message>
        <source>Every change to this meeting, newest first.</source>
        <translation>Bu mejlisdäki ähli üýtgeşmeler, iň täzesi birinji.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Haçan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Üýtgeşme</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ýazgy</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Jikme-jiklikler</translation>
    </message>
    <message>
        <source>added</source>
        <translation>goşuldy</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>üýtgedildi</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>pozuldy</translation>
    </message>
    <message>
        <source>minutes reopened</source>
        <translation>teswirnama täzeden açyldy</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>dikeldildi</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation>Excel-den import et</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import et</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indicator</source>
        <translation>Görkeziji</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Täze görkeziji</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ýok)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> aý</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Görkeziji:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Hasabat beren:</translation>
    </message>
    <message>
        <source>Reported &amp;every:</source>
        <translation>Hasabatyň &amp;ýygylygy:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Başlap:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kime:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Başlan&amp;gyç ululyk:</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>Maksat&amp;laýyn ululyk:</translation>
    </message>
    <message>
        <source>SDG tar&amp;gets:</source>
        <translation>DÖM-iň we&amp;zipeleri:</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Indicators</source>
        <translation>Görkezijiler</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Görkeziji</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Hasabat beren</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Ýygylygy</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Indiki möhleti</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Goş…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Üýtget…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>Report on a due date…</source>
        <translation>Möhlet boýunça hasabat…</translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n berilmedi</numerusform>
            <numerusform>%n berilmedi</numerusform>
        </translation>
    </message>
    <message>
        <source>all received</source>
        <translation>hemmesi alyndy</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n aý</numerusform>
            <numerusform>%n aý</numerusform>
        </translation>
    </message>
    <message>
        <source>SDG targets: %1</source>
        <translation>DÖM-iň wezipeleri: %1</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Görkezijini poz</translation>
    </message>
    <message>
        <source>Delete the indicator “%1”? Its progress reports stay with the measure.</source>
        <translation>“%1” görkeziji pozulsynmy? Onuň ýerine ýetirilişi baradaky hasabatlary çärede galýar.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Gözle:</translation>
    </message>
    <message>
        <source>Words of the text or the number…</source>
        <translation>Tekstiň sözleri ýa-da belgisi…</translation>
    </message>
    <message numerus="yes">
        <source>%n linked.</source>
        <translation>
            <numerusform>%n baglanyşdyryldy.</numerusform>
            <numerusform>%n baglanyşdyryldy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures implementing the recommendation</source>
        <translation>Maslahaty ýerine ýetirýän çäreler</translation>
    </message>
    <message>
        <source>Recommendations the measure answers</source>
        <translation>Çäräniň jogap berýän maslahatlary</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Remove link</source>
        <translation>Baglanyşygy aýyr</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faýl</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Maglumatlar binýadyny &amp;aç…</translation>
    </message>
    <message>
        <source>Print &amp;minutes…</source>
        <translation>&amp;Teswirnamany çap et…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çyk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Üý&amp;tgetmek</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Sazlamalar…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Geçiş</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Tä&amp;zele</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Hasabatlar</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Maglumatlar binýady açylýar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömek</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Žurnal bukjasyny aç</translation>
    </message>
    <message>
        <source>&amp;About Secretariat</source>
        <translation>Secretariat &amp;barada</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Maglumatlar binýadyny aç</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation>Secretariat maglumatlar binýady (*.sqlite *.db);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Maglumatlar binýadyny açyp bolmaýar</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Sütünleri barlaň</translation>
    </message>
    <message>
        <source>Each column of the sheet and what it will be imported as. Correct a column by choosing another field; the correction is remembered for files of the same layout.</source>
        <translation>Sahypanyň her sütüni we onuň näme hökmünde import ediljekdigi. Sütüni düzetmek üçin başga meýdany saýlaň; düzediş şol bir gurluşly faýllar üçin ýatda saklanýar.</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Sözbaşy setiri:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütün</translation>
    </message>
    <message>
        <source>Title in the file</source>
        <translation>Faýldaky ady</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Mysal</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Import ediljek görnüşi</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>№ %1 setir: %2</translation>
    </message>
    <message>
        <source>Choose the header row and say which column holds what.</source>
        <translation>Sözbaşy setirini saýlaň we haýsy sütünde näme bardygyny görkeziň.</translation>
    </message>
    <message>
        <source>This layout was seen before: the columns are mapped as you corrected them then.</source>
        <translation>Bu gurluş öň hem duşupdy: sütünler şonda düzedişiňiz ýaly ýerleşdirildi.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(import edilmeýär)</translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation>Entek saýlanmaly: %1.</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Ýerine ýetirildi diýip belle</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>Beýleki möhlete geçir</translation>
    </message>
    <message>
        <source>Drop the action item</source>
        <translation>Tabşyrygy aýyr</translation>
    </message>
    <message>
        <source>Action item:</source>
        <translation>Tabşyryk:</translation>
    </message>
    <message>
        <source>New &amp;due date:</source>
        <translation>Täze &amp;möhleti:</translation>
    </message>
    <message>
        <source>Why it is dropped (required)</source>
        <translation>Näme üçin aýrylýar (hökmany)</translation>
    </message>
    <message>
        <source>What was said about it (optional)</source>
        <translation>Ol barada näme aýdyldy (hökmany däl)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Bellik:</translation>
    </message>
</context>
<context>
    <name>MeasureDetail</name>
    <message>
        <source>Progress reports</source>
        <translation>Ýerine ýetirilişi barada hasabatlar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Senesi</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Gurama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Hasabat</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Ýerine ýetirilişini belle…</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Hasabaty poz</translation>
    </message>
    <message>
        <source>Recommendations answered</source>
        <translation>Jogap berilýän maslahatlar</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Baglanyşdyr…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Baglanyşygy aýyr</translation>
    </message>
    <message>
        <source>Choose a measure to see its details, progress and the recommendations it answers.</source>
        <translation>Jikme-jikliklerini, ýerine ýetirilişini we jogap berýän maslahatlaryny görmek üçin çäräni saýlaň.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>möhleti geçen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Meýilnama</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Jogapkär ýerine ýetiriji</translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation>Bile ýerine ýetirijiler</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Hyzmatdaşlar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>DÖM-iň wezipeleri</translation>
    </message>
    <message>
        <source>No recommendation linked yet.</source>
        <translation>Entek hiç bir maslahat baglanyşdyrylmady.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Not understood: it will be kept exactly as written and flagged for review.</source>
        <translation>Düşünilmedi: ol ýazylyşy ýaly saklanar we gözden geçirmek üçin bellener.</translation>
    </message>
    <message>
        <source>Recurring, no dates (the plan has no period).</source>
        <translation>Gaýtalanýan, senesiz (meýilnamanyň döwri ýok).</translation>
    </message>
    <message>
        <source>No deadline.</source>
        <translation>Möhlet ýok.</translation>
    </message>
    <message>
        <source>Recurring within %1</source>
        <translation>%1 içinde gaýtalanýan</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Täze çäre</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Çäräni üýtget</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Meýilnama:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Belgisi:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>Bö&amp;lüm:</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(bölümsiz)</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Çäre:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Möhleti:</translation>
    </message>
    <message>
        <source>as written: 2021-2025, annually, Q2 2024, 31.12.2024, IV кв. 2024…</source>
        <translation>ýazylyşy ýaly: 2021-2025, her ýyl, 2024-nji ýylyň II çärýegi, 31.12.2024, IV кв. 2024…</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Ýa&amp;gdaýy:</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Jogapkär ýerine ýetiriji</translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation>Bile ýerine ýetirijiler</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Hyzmatdaşlar</translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation>Guramalar:</translation>
    </message>
    <message>
        <source>SDG ta&amp;rgets:</source>
        <translation>DÖM-iň &amp;wezipeleri:</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>&amp;1 Details</source>
        <translation>&amp;1 Jikme-jiklikler</translation>
    </message>
    <message>
        <source>&amp;2 Attendance</source>
        <translation>&amp;2 Gatnaşyk</translation>
    </message>
    <message>
        <source>&amp;3 Agenda</source>
        <translation>&amp;3 Gün tertibi</translation>
    </message>
    <message>
        <source>&amp;4 Minutes</source>
        <translation>&amp;4 Teswirnama</translation>
    </message>
    <message>
        <source>&amp;5 Action items</source>
        <translation>&amp;5 Tabşyryklar</translation>
    </message>
    <message>
        <source>&amp;6 History</source>
        <translation>&amp;6 Taryh</translation>
    </message>
    <message>
        <source>Unsaved text kept safe at %1 (Ctrl+S saves it)</source>
        <translation>Ýatda saklanmadyk tekst sagat %1-de howpsuz saklandy (Ctrl+S ony ýatda saklaýar)</translation>
    </message>
    <message>
        <source>Could not keep a draft: %1</source>
        <translation>Taslamany saklap bolmady: %1</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Mejlis</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ýatda &amp;sakla</translation>
    </message>
    <message>
        <source>&amp;Revert unsaved changes…</source>
        <translation>Ýatda saklanmadyk üýtgeşmeleri &amp;yzyna al…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Ýap</translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation>Teswirnamany &amp;çap et…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Üý&amp;tgetmek</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görnüş</translation>
    </message>
    <message>
        <source>This meeting was deleted.</source>
        <translation>Bu mejlis pozuldy.</translation>
    </message>
    <message>
        <source>(untitled meeting)</source>
        <translation>(atsyz mejlis)</translation>
    </message>
    <message>
        <source>Meeting %1 — %2</source>
        <translation>Mejlis %1 — %2</translation>
    </message>
    <message>
        <source>Unsaved changes — Ctrl+S saves</source>
        <translation>Ýatda saklanmadyk üýtgeşmeler bar — Ctrl+S ýatda saklaýar</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Ähli üýtgeşmeler ýatda saklandy</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Ýatda saklandy.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Yzyna al</translation>
    </message>
    <message>
        <source>Drop the changes typed since the last save?</source>
        <translation>Soňky ýatda saklanandan bäri ýazylan üýtgeşmeler taşlansynmy?</translation>
    </message>
    <message>
        <source>Drop my changes</source>
        <translation>Üýtgeşmelerimi taşla</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Teswirnamany tassykla</translation>
    </message>
    <message>
        <source>Approve the minutes of meeting %1? They will be locked against changes; reopening them later is recorded in the history.</source>
        <translation>%1 belgili mejlisiň teswirnamasy tassyklansynmy? Ol üýtgeşmelerden gulplanar; soňra ony täzeden açmak taryhda hasaba alynýar.</translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation>Tassykla we gulpla</translation>
    </message>
    <message>
        <source>Reopen the approved minutes</source>
        <translation>Tassyklanan teswirnamany täzeden aç</translation>
    </message>
    <message>
        <source>Why are the approved minutes of meeting %1 reopened? (recorded in the history)</source>
        <translation>%1 belgili mejlisiň tassyklanan teswirnamasy näme üçin täzeden açylýar? (taryhda hasaba alynýar)</translation>
    </message>
    <message>
        <source>The minutes are reopened; approve them again when done.</source>
        <translation>Teswirnama täzeden açyldy; işiňizi tamamlanyňyzdan soň ony ýene tassyklaň.</translation>
    </message>
    <message>
        <source>Text typed on %1 was never saved, but these minutes are now approved and locked. Reopen the minutes to use it, or discard it.</source>
        <translation>%1 senesinde ýazylan tekst hiç haçan ýatda saklanmady, emma bu teswirnama indi tassyklanyp gulplandy. Ony ulanmak üçin teswirnamany täzeden açyň ýa-da teksti taşlaň.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Soňrak</translation>
    </message>
    <message>
        <source>Text typed on %1 had not been saved when Secretariat closed. It has been put back: check it and press Ctrl+S to save it.</source>
        <translation>%1 senesinde ýazylan tekst Secretariat ýapylanda ýatda saklanmandy. Ol yzyna goýuldy: ony barlaň we ýatda saklamak üçin Ctrl+S basyň.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ýatda saklanmadyk üýtgeşmeler</translation>
    </message>
    <message>
        <source>Save the changes to meeting %1 before closing?</source>
        <translation>Ýapmazdan öň %1 belgili mejlisdäki üýtgeşmeler ýatda saklansynmy?</translation>
    </message>
</context>
<context>
    <name>MeetingPicker</name>
    <message>
        <source>Choose a meeting</source>
        <translation>Mejlisi saýlaň</translation>
    </message>
    <message>
        <source>Type part of the number, date or title…</source>
        <translation>Belgisiniň, senesiniň ýa-da adynyň bir bölegini ýazyň…</translation>
    </message>
    <message>
        <source>There are no meetings yet.</source>
        <translation>Entek mejlis ýok.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Mejlisler</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Täze mejlis…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Same as &amp;last meeting…</source>
        <translation>&amp;Soňky mejlis ýaly…</translation>
    </message>
    <message>
        <source>A new meeting with the attendance and standing agenda of the latest one (Ctrl+Shift+N)</source>
        <translation>Iň soňky mejlisiň gatnaşyjylary we hemişelik gün tertibi bilen täze mejlis (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Nusgasyny al…</translation>
    </message>
    <message>
        <source>A new meeting like the selected one (Ctrl+D)</source>
        <translation>Saýlanan mejlise meňzeş täze mejlis (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Enter ýa-da iki gezek basyň</translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation>Teswirnamany &amp;çap et…</translation>
    </message>
    <message>
        <source>Preview and print the minutes of the selected meeting (Ctrl+P)</source>
        <translation>Saýlanan mejlisiň teswirnamasyny deslapky görmek we çap etmek (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poz…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>Search titles and minutes, in any language (Ctrl+F)…</source>
        <translation>Atlary we teswirnamalary islendik dilde gözle (Ctrl+F)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Ähli görnüşler</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Islendik ýagdaý</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Senesi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Geçirilýän ýeri</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>%1 · checked out to %2</source>
        <translation>%1 · %2 tarapyndan alnan</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Ähli ýyllar</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n mejlis</numerusform>
            <numerusform>%n mejlis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✎ Unsaved minutes from an earlier session in %n meetings: %1. Click to open them and check the text.</source>
        <translation>
            <numerusform>✎ %n mejlisde öňki sessiýadan galan ýatda saklanmadyk teswirnama bar: %1. Olary açmak we teksti barlamak üçin basyň.</numerusform>
            <numerusform>✎ %n mejlisde öňki sessiýadan galan ýatda saklanmadyk teswirnama bar: %1. Olary açmak we teksti barlamak üçin basyň.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting not found</source>
        <translation>Mejlis tapylmady</translation>
    </message>
    <message>
        <source>Approved minutes</source>
        <translation>Tassyklanan teswirnama</translation>
    </message>
    <message>
        <source>The minutes of meeting %1 are approved: it cannot be deleted. Open it and reopen the minutes first if it really has to go.</source>
        <translation>%1 belgili mejlisiň teswirnamasy tassyklandy: ony pozmak bolmaýar. Eger ony hökman aýyrmaly bolsa, ilki mejlisi açyň we teswirnamany täzeden açyň.</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items</source>
        <translation>
            <numerusform>gün tertibiniň %n meselesi</numerusform>
            <numerusform>gün tertibiniň %n meselesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n karar</numerusform>
            <numerusform>%n karar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <translation>
            <numerusform>%n tabşyryk</numerusform>
            <numerusform>%n tabşyryk</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Mejlisi poz</translation>
    </message>
    <message>
        <source>Delete meeting %1, “%2”, with its %3?</source>
        <translation>%1 belgili mejlis, “%2”, pozulsynmy? Onuň bilen bilelikde %3 hem pozular.</translation>
    </message>
    <message>
        <source>Meeting %1 deleted.</source>
        <translation>%1 belgili mejlis pozuldy.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate organizations</source>
        <translation>Gaýtalanýan guramalary birleşdir</translation>
    </message>
    <message>
        <source>Keep one of these organizations. Everything that refers to the others — plan measures, recommendations, meetings, attendance, action items, people, progress reports, reports to UN bodies, sub-organizations — will refer to the one kept, and the others are deleted. The merge is recorded in the audit log.</source>
        <translation>Bu guramalaryň birini galdyryň. Beýlekilere salgylanýan ähli zatlar — meýilnamanyň çäreleri, maslahatlar, mejlisler, gatnaşyk, tabşyryklar, adamlar, ýerine ýetirilişi baradaky hasabatlar, BMG-niň edaralaryna hasabatlar, tabyn guramalar — galdyrylan gurama salgylanar, beýlekiler bolsa pozular. Birleşdirme barlag žurnalynda hasaba alynýar.</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Ulanylýan ýeri: %1</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Galdyr:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleşdir</translation>
    </message>
</context>
<context>
    <name>MergeIntoDialog</name>
    <message>
        <source>Merge into another organization</source>
        <translation>Başga gurama birleşdir</translation>
    </message>
    <message>
        <source>Everything that refers to “%1” will refer to the organization chosen here, and “%1” is deleted. The merge is recorded in the audit log.</source>
        <translation>“%1” guramasyna salgylanýan ähli zat şu ýerde saýlanan gurama salgylanar, “%1” bolsa pozular. Birleşdirmek barlag žurnalynda hasaba alynýar.</translation>
    </message>
    <message>
        <source>&amp;Merge into:</source>
        <translation>&amp;Kime birleşdirmeli:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleşdir</translation>
    </message>
    <message>
        <source>Choose the organization to merge into.</source>
        <translation>Birleşdiriljek guramany saýlaň.</translation>
    </message>
</context>
<context>
    <name>MinutesLifecycle</name>
    <message>
        <source>The minutes are circulated; the PDF sent is kept.</source>
        <translation>Teswirnama ýaýradyldy; iberilen PDF saklanýar.</translation>
    </message>
    <message>
        <source>C&amp;irculate minutes…</source>
        <translation>Teswirnamany ý&amp;aýrat…</translation>
    </message>
    <message>
        <source>Minutes re&amp;visions…</source>
        <translation>Teswirnamanyň re&amp;daksiýalary…</translation>
    </message>
</context>
<context>
    <name>MinutesPane</name>
    <message>
        <source>HEARD — who reported, on what</source>
        <translation>DIŇLENILDI — kim, näme barada maglumat berdi</translation>
    </message>
    <message>
        <source>SPOKE — the discussion</source>
        <translation>ÇYKYŞ ETDILER — ara alyp maslahatlaşma</translation>
    </message>
    <message>
        <source>e.g. A. Orazowa reported on the draft Work Plan for 2024…</source>
        <translation>meselem, A. Orazowa 2024-nji ýyl üçin Iş meýilnamasynyň taslamasy barada maglumat berdi…</translation>
    </message>
    <message>
        <source>Who spoke and what they proposed…</source>
        <translation>Kim çykyş etdi we näme teklip etdi…</translation>
    </message>
    <message>
        <source>DECIDED — decisions numbered within the item</source>
        <translation>KARAR EDILDI — mesele boýunça belgilenen kararlar</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>✎ marks items with text not saved yet (Ctrl+S saves)</source>
        <translation>✎ – teksti entek ýatda saklanmadyk meseleleri belleýär (Ctrl+S ýatda saklaýar)</translation>
    </message>
    <message>
        <source>The agenda is empty. Add agenda items on the Agenda tab; their minutes are written here.</source>
        <translation>Gün tertibi boş. Gün tertibiniň meselelerini Gün tertibi bölüminde goşuň; olaryň teswirnamasy şu ýerde ýazylýar.</translation>
    </message>
</context>
<context>
    <name>MissedReportsPanel</name>
    <message>
        <source>Missed indicator reports</source>
        <translation>Berilmedik görkeziji hasabatlary</translation>
    </message>
    <message numerus="yes">
        <source>Missed indicator reports (%n)</source>
        <translation>
            <numerusform>Berilmedik görkeziji hasabatlary (%n)</numerusform>
            <numerusform>Berilmedik görkeziji hasabatlary (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>no organization named</source>
        <translation>gurama görkezilmedik</translation>
    </message>
    <message>
        <source>No indicator report is missing.</source>
        <translation>Berilmedik görkeziji hasabaty ýok.</translation>
    </message>
</context>
<context>
    <name>NationalReportDialog</name>
    <message>
        <source>New report to a UN body</source>
        <translation>BMG-niň edarasyna täze hasabat</translation>
    </message>
    <message>
        <source>Edit report</source>
        <translation>Hasabaty üýtget</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mehanizm:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Edara:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Ady:</translation>
    </message>
    <message>
        <source>e.g. Third periodic report</source>
        <translation>meselem, Üçünji döwürleýin hasabat</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Tapgyr:</translation>
    </message>
    <message>
        <source>Period &amp;from (year):</source>
        <translation>Döwrüň ba&amp;şy (ýyl):</translation>
    </message>
    <message>
        <source>Period t&amp;o (year):</source>
        <translation>Döwrüň a&amp;hyry (ýyl):</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Möhleti:</translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation>Tabşyr&amp;ylan senesi:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Ýa&amp;gdaýy:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Jogapkär:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Bellikler:</translation>
    </message>
</context>
<context>
    <name>NationalReportsPage</name>
    <message>
        <source>Reports to UN bodies</source>
        <translation>BMG-niň edaralaryna hasabatlar</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Sanaw</translation>
    </message>
    <message>
        <source>&amp;Calendar of a year</source>
        <translation>Ýylyň &amp;senenamasy</translation>
    </message>
    <message>
        <source>Search body, title, notes…</source>
        <translation>Edarany, ady, bellikleri gözle…</translation>
    </message>
    <message>
        <source>Any mechanism</source>
        <translation>Islendik mehanizm</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Islendik ýagdaý</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Möhleti geçen</translation>
    </message>
    <message>
        <source>Due in the next 6 months</source>
        <translation>Möhleti indiki 6 aýda</translation>
    </message>
    <message>
        <source>Not yet submitted</source>
        <translation>Entek tabşyrylmadyk</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Islendik möhlet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Edara</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Hasabat</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Tapgyr</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Döwür</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Tabşyryldy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Jogapkär</translation>
    </message>
    <message>
        <source>Red: overdue (due date passed, not submitted). Orange: due in the next 6 months.</source>
        <translation>Gyzyl: möhleti geçen (möhleti geçdi, tabşyrylmady). Mämişi: möhleti indiki 6 aýda.</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Täze hasabat…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Üýtget…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poz…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Gözle</translation>
    </message>
    <message>
        <source>Overdue: due %1 and not submitted</source>
        <translation>Möhleti geçen: möhleti %1, tabşyrylmadyk</translation>
    </message>
    <message>
        <source>Due within 6 months</source>
        <translation>Möhleti 6 aýyň içinde</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>Islendik edara</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n görkezildi</numerusform>
            <numerusform>%n görkezildi</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>Delete the report “%1 — %2”?</source>
        <translation>“%1 — %2” hasabaty pozulsynmy?</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Täze mejlis</translation>
    </message>
    <message>
        <source>Nothing: start with an empty meeting</source>
        <translation>Hiç zat: boş mejlisden başla</translation>
    </message>
    <message>
        <source>The new meeting gets the attendance list and the standing agenda items of the meeting chosen here.</source>
        <translation>Täze mejlis şu ýerde saýlanan mejlisiň gatnaşyk sanawyny we gün tertibiniň hemişelik meselelerini alýar.</translation>
    </message>
    <message>
        <source>e.g. Regular meeting of the Commission</source>
        <translation>meselem, Toparyň nobatdaky mejlisi</translation>
    </message>
    <message>
        <source>&amp;Same as</source>
        <translation>&amp;Şuňa meňzeş</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Senesi we wagty</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Görnüşi</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Ady</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>Geçirilýän &amp;ýeri</translation>
    </message>
    <message>
        <source>The number is given automatically (the next one in the year); it can be changed in the meeting&apos;s details.</source>
        <translation>Belgi awtomatik berilýär (ýylyň indiki belgisi); ony mejlisiň jikme-jikliklerinde üýtgedip bolýar.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Döret</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ulanyjy goş</translation>
    </message>
    <message>
        <source>e.g. a.ataev</source>
        <translation>mysal üçin, a.ataev</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roly:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parol:</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>Şol birini &amp;gaýtadan:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Iki parol biri-birinden tapawutlanýar.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>As the file says (UPR if it says nothing)</source>
        <translation>Faýlda görkezilişi ýaly (hiç zat görkezilmese, ÄDS)</translation>
    </message>
    <message>
        <source>Universal Periodic Review</source>
        <translation>Ählumumy döwürleýin syn</translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation>Şertnama edarasy</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Ýörite prosedura</translation>
    </message>
    <message>
        <source>e.g. CEDAW (for treaty bodies)</source>
        <translation>meselem, CEDAW (şertnama edaralary üçin)</translation>
    </message>
    <message>
        <source>As the title rows say</source>
        <translation>At setirlerinde görkezilişi ýaly</translation>
    </message>
    <message>
        <source>e.g. CEDAW/C/TKM/CO/6</source>
        <translation>meselem, CEDAW/C/TKM/CO/6</translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation>Mehanizm:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Edara:</translation>
    </message>
    <message>
        <source>UPR cycle:</source>
        <translation>ÄDS tapgyry:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sessiýa:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Resminama:</translation>
    </message>
    <message>
        <source>Lists covering many States (UPR Info&apos;s export) import only the rows of this State; the others are reported as skipped.</source>
        <translation>Köp döwleti öz içine alýan sanawlardan (UPR Info-nyň eksporty) diňe şu döwletiň setirleri import edilýär; beýlekiler geçirilen hökmünde görkezilýär.</translation>
    </message>
    <message>
        <source>State under review:</source>
        <translation>Syn edilýän döwlet:</translation>
    </message>
    <message>
        <source>&amp;Keep it as the Commission&apos;s State under review</source>
        <translation>Toparyň syn edilýän döwleti hökmünde &amp;saklamak</translation>
    </message>
    <message>
        <source>Stored in the database for every import from now on; on a shared database only an administrator may change it.</source>
        <translation>Mundan beýläk ähli import üçin maglumatlar bazasynda saklanýar; umumy maglumatlar bazasynda ony diňe administrator üýtgedip biler.</translation>
    </message>
    <message>
        <source>Existing plan:</source>
        <extracomment>What the run page stores before importing (None: nothing to store).</extracomment>
        <translation>Bar bolan meýilnama:</translation>
    </message>
    <message>
        <source>New plan:</source>
        <translation>Täze meýilnama:</translation>
    </message>
    <message>
        <source>Title, e.g. National Action Plan on Human Rights 2021-2025</source>
        <translation>Ady, meselem, Adam hukuklary boýunça 2021-2025-nji ýyllar üçin Milli hereketler meýilnamasy</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Meýilnama:</translation>
    </message>
    <message>
        <source>Date of reports without a date:</source>
        <translation>Senesiz hasabatlaryň senesi:</translation>
    </message>
    <message>
        <source>Date of the progress reports:</source>
        <translation>Ýerine ýetirilişi baradaky hasabatlaryň senesi:</translation>
    </message>
    <message>
        <source>As the file&apos;s &quot;Plan&quot; column says</source>
        <translation>Faýlyň “Meýilnama” sütüninde görkezilişi ýaly</translation>
    </message>
</context>
<context>
    <name>OrgChecklist</name>
    <message>
        <source>Type to find an organization…</source>
        <translation>Guramany tapmak üçin ýazyň…</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Saýlanan: %1</translation>
    </message>
    <message>
        <source>None chosen.</source>
        <translation>Hiç zat saýlanmady.</translation>
    </message>
    <message>
        <source>There is no organization called “%1” in the directory. Choose one from the list, or add it under Organizations first.</source>
        <translation>Sanawnamada “%1” atly gurama ýok. Sanawdan birini saýlaň ýa-da ilki ony Guramalar bölüminde goşuň.</translation>
    </message>
    <message>
        <source>“%1” names several organizations: %2. Choose one from the list.</source>
        <translation>“%1” birnäçe gurama laýyk gelýär: %2. Sanawdan birini saýlaň.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>New organization</source>
        <translation>Täze gurama</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Guramany üýtget</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ady:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Gysga ady:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Gysga ady</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Gö&amp;rnüşi:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Degişli guramasy:</translation>
    </message>
    <message>
        <source>&amp;Member of the Commission</source>
        <translation>&amp;Toparyň agzasy</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Bellikler:</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Organizations</source>
        <translation>Guramalar</translation>
    </message>
    <message>
        <source>Search names (any language)…</source>
        <translation>Atlary gözle (islendik dilde)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Ähli görnüşler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Gysga ady</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Toparyň agzasy</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Hawa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Adamlar</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Wezipesi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>New organization…</source>
        <translation>Täze gurama…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Üýtget…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poz…</translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>Gaýtalananlary birleşdir…</translation>
    </message>
    <message>
        <source>Select two or more spellings of one organization and merge them</source>
        <translation>Bir guramanyň iki ýa-da has köp ýazylyşyny saýlaň we olary birleşdiriň</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Täze adam…</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Adamy üýtget…</translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation>Adamy poz…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Gözle</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel-e eksport et…</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n görkezildi</numerusform>
            <numerusform>%n görkezildi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — used by: %2</source>
        <translation>%1 — ulanylýan ýeri: %2</translation>
    </message>
    <message>
        <source>People of %1</source>
        <translation>%1 guramasynyň adamlary</translation>
    </message>
    <message>
        <source>“%1” is used by: %2.

Deleting it removes it from all of these (people, measures and meetings keep their records without it).</source>
        <translation>“%1” şularda ulanylýar: %2.

Ony pozmak ony bularyň hemmesinden aýyrýar (adamlar, çäreler we mejlisler öz ýazgylaryny onsuz saklaýar).</translation>
    </message>
    <message numerus="yes">
        <source>It attended %n meetings in its own name: those entries are removed from the attendance lists.</source>
        <translation>
            <numerusform>Ol öz adyndan %n mejlise gatnaşdy: bu ýazgylar gatnaşyjylaryň sanawlaryndan aýrylýar.</numerusform>
            <numerusform>Ol öz adyndan %n mejlise gatnaşdy: bu ýazgylar gatnaşyjylaryň sanawlaryndan aýrylýar.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it is a duplicate, press Merge… to move everything to the right organization instead, so nothing is lost. Delete anyway?</source>
        <translation>Eger ol gaýtalanýan bolsa, hiç zat ýitmez ýaly, ýerine Birleşdir… düwmesine basyp, ähli zady dogry gurama geçiriň. Şonda-da pozulsynmy?</translation>
    </message>
    <message>
        <source>Delete “%1”? It is not used anywhere.</source>
        <translation>“%1” pozulsynmy? Ol hiç ýerde ulanylmaýar.</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Guramany poz</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Birleşdir…</translation>
    </message>
    <message>
        <source>Select two or more organizations (Ctrl+click) to merge them.</source>
        <translation>Birleşdirmek üçin iki ýa-da has köp guramany saýlaň (Ctrl+basmak).</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Adamy poz</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation>“%1” sanawnamadan pozulsynmy?</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Deslapky syn: %1</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Başga at bilen ýatda &amp;sakla…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Çap et…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ini boýunça</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Kiçelt</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ulalt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sahypa %1 / %2</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>PDF-i ýatda sakla</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF resminamalary (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF ýatda saklanmady</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ýazyp bolmaýar: %2</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Çap etmek başa barmady</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Täze adam</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Adamy üýtget</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Doly ady:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Wezipesi:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Wezipesi</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Gurama:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-poçta:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Bellikler:</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>“%1” e-poçta salgysyna meňzänok.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message numerus="yes">
        <source>The database holds %n records here. Screens to work with them are not available in this version yet; the command line can already report on them (secretariat summary).</source>
        <translation>
            <numerusform>Maglumatlar binýadynda bu ýerde %n ýazgy bar. Olar bilen işlemek üçin ekranlar bu wersiýada entek ýok; buýruk setiri olar barada eýýäm hasabat berip bilýär (secretariat summary).</numerusform>
            <numerusform>Maglumatlar binýadynda bu ýerde %n ýazgy bar. Olar bilen işlemek üçin ekranlar bu wersiýada entek ýok; buýruk setiri olar barada eýýäm hasabat berip bilýär (secretariat summary).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Täze meýilnama</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Meýilnamany üýtget</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Ady:</translation>
    </message>
    <message>
        <source>&amp;Short title:</source>
        <translation>&amp;Gysga ady:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Gysga ady</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Gö&amp;rnüşi:</translation>
    </message>
    <message>
        <source>Period &amp;from (year):</source>
        <translation>Döwrüň ba&amp;şy (ýyl):</translation>
    </message>
    <message>
        <source>Period &amp;to (year):</source>
        <translation>Döwrüň a&amp;hyry (ýyl):</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Kabul edilen senesi:</translation>
    </message>
    <message>
        <source>Adopting &amp;act:</source>
        <translation>Kabul eden &amp;namasy:</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Çäre</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Jogapkär ýerine ýetiriji</translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation>Bile ýerine ýetirijiler</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Hyzmatdaşlar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Soňky ýerine ýetirilişi</translation>
    </message>
    <message>
        <source>measures: %1</source>
        <translation>çäreler: %1</translation>
    </message>
    <message>
        <source>matching: %1</source>
        <translation>gabat gelýänler: %1</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>möhleti geçenler: %1</translation>
    </message>
    <message>
        <source>This deadline could not be understood, so it is kept exactly as written and is not counted as overdue. Edit the measure to write it as a year, quarter or date.</source>
        <translation>Bu möhlete düşünip bolmady, şonuň üçin ol ýazylyşy ýaly saklanýar we möhleti geçen hasaplanmaýar. Çäräni üýtgedip, möhleti ýyl, çärýek ýa-da sene görnüşinde ýazyň.</translation>
    </message>
    <message>
        <source>Recurring, no dates</source>
        <translation>Gaýtalanýan, senesiz</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Möhleti ýok</translation>
    </message>
    <message>
        <source>Recurring within %1</source>
        <translation>%1 içinde gaýtalanýan</translation>
    </message>
    <message>
        <source>Understood as %1</source>
        <translation>%1 diýip düşünildi</translation>
    </message>
    <message>
        <source>Overdue: the deadline has passed and the measure is not completed.</source>
        <translation>Möhleti geçen: möhlet geçdi, çäre bolsa ýerine ýetirilmedi.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans</source>
        <translation>Meýilnamalar</translation>
    </message>
    <message>
        <source>Search measures (number, text, indicators; any language)…</source>
        <translation>Çäreleri gözle (belgisi, teksti, görkezijileri; islendik dilde)…</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Islendik rol</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Islendik ýagdaý</translation>
    </message>
    <message>
        <source>The year the deadline ends in</source>
        <translation>Möhletiň tamamlanýan ýyly</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Möhleti geçen</translation>
    </message>
    <message>
        <source>Deadline passed and the measure is not completed</source>
        <translation>Möhleti geçdi we çäre ýerine ýetirilmedi</translation>
    </message>
    <message>
        <source>Deadline &amp;not understood</source>
        <translation>Möhleti &amp;düşünilmedik</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Süzgüçleri arassala</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Täze meýilnama…</translation>
    </message>
    <message>
        <source>New section…</source>
        <translation>Täze bölüm…</translation>
    </message>
    <message>
        <source>New measure…</source>
        <translation>Täze çäre…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Üýtget…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poz…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Ýokary süýşür</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Aşak süýşür</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Ýerine ýetirilişini belle…</translation>
    </message>
    <message>
        <source>Link recommendations…</source>
        <translation>Maslahatlary baglanyşdyr…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Gözle</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Pozmagy yzyna al</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel-e eksport et…</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Meýilnamalaryň çäreleri</translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <translation>
            <numerusform>%n çäre</numerusform>
            <numerusform>%n çäre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching</source>
        <translation>
            <numerusform>%n gabat gelýän</numerusform>
            <numerusform>%n gabat gelýän</numerusform>
        </translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>Islendik gurama</translation>
    </message>
    <message>
        <source>Any deadline year</source>
        <translation>Möhletiň islendik ýyly</translation>
    </message>
    <message>
        <source>Measure %1 deleted.</source>
        <translation>%1 belgili çäre pozuldy.</translation>
    </message>
    <message>
        <source>Delete section “%1”? Its %2 and %3 are kept: they move up one level.</source>
        <translation>“%1” bölümi pozulsynmy? Ondaky %2 we %3 saklanýar: olar bir dereje ýokary geçýär.</translation>
    </message>
    <message numerus="yes">
        <source>%n subsections</source>
        <translation>
            <numerusform>%n bölümçe</numerusform>
            <numerusform>%n bölümçe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the whole plan “%1” with all its %n measures and their progress reports? This cannot be undone.</source>
        <translation>
            <numerusform>“%1” meýilnamasy ähli %n çäresi we olaryň ýerine ýetirilişi barada hasabatlary bilen bilelikde doly pozulsynmy? Muny yzyna alyp bolmaýar.</numerusform>
            <numerusform>“%1” meýilnamasy ähli %n çäresi we olaryň ýerine ýetirilişi barada hasabatlary bilen bilelikde doly pozulsynmy? Muny yzyna alyp bolmaýar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>Delete progress report</source>
        <translation>Ýerine ýetirilişi barada hasabaty poz</translation>
    </message>
    <message>
        <source>Delete this progress report? The measure&apos;s status is not changed.</source>
        <translation>Ýerine ýetirilişi barada bu hasabat pozulsynmy? Çäräniň ýagdaýy üýtgedilmeýär.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Create</source>
        <translation>Döret</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Täzele</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Geç</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ýalňyşlyk</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Setir</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hereket</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ýazgy</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>Näme üçin / näme üýtgeýär</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will be done</source>
        <translation>Näme ediljekdigini barlaň</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to write all of it in one go; a cancelled or failed import writes nothing.</source>
        <translation>Entek hiç zat ýazylmady. Hemmesini bir gezekde ýazmak üçin Import düwmesine basyň; ýatyrylan ýa-da başa barmadyk import hiç zat ýazmaýar.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Ähli setirler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ýalňyşlyklar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Döredilenler</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Täzelenenler</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Geçilenler</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Görkez:</translation>
    </message>
    <message>
        <source>Leave out the rows with errors and import the others</source>
        <translation>Ýalňyşlyklary bolan setirleri goýbermek we beýlekilerini import etmek</translation>
    </message>
    <message>
        <source>Comparing the rows with the database…</source>
        <translation>Setirler maglumatlar binýady bilen deňeşdirilýär…</translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Deslapky syn taýýarlanýar</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to skip, %4 with errors.</source>
        <translation>%1 döredilmeli, %2 täzelenmeli, %3 geçilmeli, %4 ýalňyşlykly.</translation>
    </message>
    <message>
        <source>There is nothing to import: everything is already recorded.</source>
        <translation>Import etjek zat ýok: ähli zat eýýäm hasaba alnan.</translation>
    </message>
    <message>
        <source>The preview was cancelled. Go back and try again.</source>
        <translation>Deslapky syn ýatyryldy. Yzyna gaýdyň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>The preview could not be prepared: %1</source>
        <translation>Deslapky syny taýýarlap bolmady: %1</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation>Ýerine ýetirilişini belle</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Çäre:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Senesi:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Hasabat beren:</translation>
    </message>
    <message>
        <source>&amp;Status now:</source>
        <translation>Häzirki ýa&amp;gdaýy:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Näme edildi:</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Export status questionnaires</source>
        <translation>Ýagdaý anketalaryny eksport et</translation>
    </message>
    <message>
        <source>One Excel workbook per organization with the plan measures it leads or co-implements and the recommendations it is responsible for. Only the status and progress columns can be filled in; import the returned files with File → Import from Excel.</source>
        <translation>Her gurama üçin bir Excel kitaby: onda guramanyň jogapkär ýa-da bile ýerine ýetiriji bolan meýilnama çäreleri we jogapkär bolan maslahatlary bolýar. Diňe ýagdaý we ýerine ýetirilişi sütünlerini doldurmak bolýar; gaýtarylan faýllary Faýl → Excel-den import et arkaly import ediň.</translation>
    </message>
    <message>
        <source>Each organization with something to report</source>
        <translation>Hasabat bermeli zady bolan her gurama</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Gurama:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözden geçir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Bukja:</translation>
    </message>
    <message>
        <source>Include completed measures and implemented recommendations</source>
        <translation>Ýerine ýetirilen çäreleri we ýerine ýetirilen maslahatlary hem goş</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksport et</translation>
    </message>
    <message>
        <source>Folder for the questionnaires</source>
        <translation>Anketalar üçin bukja</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Bukja saýlaň.</translation>
    </message>
    <message>
        <source>Writing the questionnaires…</source>
        <translation>Anketalar ýazylýar…</translation>
    </message>
    <message>
        <source>Writing questionnaires</source>
        <translation>Anketalar ýazylýar</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires written to %1.</source>
        <translation>
            <numerusform>%n anketa %1 bukjasyna ýazyldy.</numerusform>
            <numerusform>%n anketa %1 bukjasyna ýazyldy.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Ýap</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ýatyryldy.</translation>
    </message>
    <message>
        <source>The questionnaires could not be written: %1</source>
        <translation>Anketalary ýazyp bolmady: %1</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>New recommendation</source>
        <translation>Täze maslahat</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Maslahaty üýtget</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Maslahat</translation>
    </message>
    <message>
        <source>Themes, SDGs, responsible</source>
        <translation>Temalar, DÖM, jogapkärler</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mehanizm:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Edara:</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Tapgyr:</translation>
    </message>
    <message>
        <source>Se&amp;ssion:</source>
        <translation>&amp;Sessiýa:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Resminama:</translation>
    </message>
    <message>
        <source>&amp;Paragraph:</source>
        <translation>&amp;Bent:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Recommending s&amp;tates:</source>
        <translation>Maslahat beren &amp;döwletler:</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>nokatly otur bilen bölünen</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Garaýyş:</translation>
    </message>
    <message>
        <source>Source of position:</source>
        <translation>Garaýşyň çeşmesi:</translation>
    </message>
    <message>
        <source>&amp;Implementation:</source>
        <translation>&amp;Ýerine ýetirilişi:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>B&amp;aha beriş:</translation>
    </message>
    <message>
        <source>Themes (one per line or separated by semicolons):</source>
        <translation>Temalar (her setirde bir ýa-da nokatly otur bilen bölünen):</translation>
    </message>
    <message>
        <source>Groups of persons:</source>
        <translation>Adamlar toparlary:</translation>
    </message>
    <message>
        <source>Sustainable Development Goals:</source>
        <translation>Durnukly ösüş maksatlary:</translation>
    </message>
    <message>
        <source>SDG targets (a target&apos;s goal is checked with it):</source>
        <translation>DÖM-iň wezipeleri (wezipe bilen onuň maksady hem belgilenýär):</translation>
    </message>
    <message>
        <source>Responsible organizations:</source>
        <translation>Jogapkär guramalar:</translation>
    </message>
    <message>
        <source>Say which body made the recommendation (UPR, CEDAW, …).</source>
        <translation>Maslahaty haýsy edaranyň berendigini görkeziň (ÄDS, CEDAW, …).</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Maslahatlar</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Salgylanma</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Maslahat</translation>
    </message>
    <message>
        <source>Recommending states</source>
        <translation>Maslahat beren döwletler</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Garaýyş</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temalar</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>DÖM</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Jogapkär</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Ýerine ýetirilişi</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Çäreler</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the measure in its plan.</source>
        <translation>Çäräni öz meýilnamasynda açmak üçin iki gezek basyň (ýa-da Enter).</translation>
    </message>
    <message>
        <source>Plan measures implementing it</source>
        <translation>Ony ýerine ýetirýän meýilnama çäreleri</translation>
    </message>
    <message>
        <source>Link measures…</source>
        <translation>Çäreleri baglanyşdyr…</translation>
    </message>
    <message>
        <source>Search the text, paragraph, assessment (any language)…</source>
        <translation>Teksti, bendi, baha berlişi gözle (islendik dilde)…</translation>
    </message>
    <message>
        <source>Any mechanism</source>
        <translation>Islendik mehanizm</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Islendik garaýyş</translation>
    </message>
    <message>
        <source>Any implementation status</source>
        <translation>Ýerine ýetirilişiniň islendik ýagdaýy</translation>
    </message>
    <message>
        <source>Any SDG</source>
        <translation>Islendik DÖM</translation>
    </message>
    <message>
        <source>Linked to measures</source>
        <translation>Çärelere baglanyşdyrylan</translation>
    </message>
    <message>
        <source>Not linked to a measure</source>
        <translation>Çärä baglanyşdyrylmadyk</translation>
    </message>
    <message>
        <source>Linked or not</source>
        <translation>Baglanyşdyrylan ýa-da däl</translation>
    </message>
    <message>
        <source>Para. starts with…</source>
        <translation>Bent şeýle başlaýar…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Süzgüçleri arassala</translation>
    </message>
    <message>
        <source>New recommendation…</source>
        <translation>Täze maslahat…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Üýtget…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poz…</translation>
    </message>
    <message>
        <source>Change selected…</source>
        <translation>Saýlananlary üýtget…</translation>
    </message>
    <message>
        <source>Set the status or responsible organizations of all selected</source>
        <translation>Saýlananlaryň hemmesiniň ýagdaýyny ýa-da jogapkär guramalaryny belle</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Gözle</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel-e eksport et…</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>Islendik edara</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>%1-nji tapgyr</translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation>Islendik tapgyr</translation>
    </message>
    <message>
        <source>Any recommending state</source>
        <translation>Islendik maslahat beren döwlet</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Topar: %1</translation>
    </message>
    <message>
        <source>Any theme or group</source>
        <translation>Islendik tema ýa-da topar</translation>
    </message>
    <message>
        <source>Any responsible</source>
        <translation>Islendik jogapkär</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n görkezildi</numerusform>
            <numerusform>%n görkezildi</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a recommendation to read it in full.</source>
        <translation>Maslahaty doly okamak üçin ony saýlaň.</translation>
    </message>
    <message>
        <source>Groups of persons</source>
        <translation>Adamlar toparlary</translation>
    </message>
    <message>
        <source>No measure linked yet.</source>
        <translation>Entek hiç bir çäre baglanyşdyrylmady.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recommendations with their links to measures, themes and organizations? This cannot be undone.</source>
        <translation>
            <numerusform>%n maslahat çärelere, temalara we guramalara baglanyşyklary bilen bilelikde pozulsynmy? Muny yzyna alyp bolmaýar.</numerusform>
            <numerusform>%n maslahat çärelere, temalara we guramalara baglanyşyklary bilen bilelikde pozulsynmy? Muny yzyna alyp bolmaýar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
</context>
<context>
    <name>RecoveryBar</name>
    <message>
        <source>Discard the recovered text</source>
        <translation>Dikeldilen teksti taşla</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Sakla</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Limit to a period</source>
        <translation>Döwür bilen çäklendir</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Döwür:</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Ähli meýilnamalar</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Ähli guramalar</translation>
    </message>
    <message>
        <source>All mechanisms</source>
        <translation>Ähli mehanizmler</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Meýilnama:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Gurama:</translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation>Mehanizm:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Ýyl:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Senesine görä:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dili:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Deslapky syn</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Döwür başlamazdan öň tamamlanýar.</translation>
    </message>
</context>
<context>
    <name>ReportsCalendarView</name>
    <message>
        <source>Previous year (Alt+Left)</source>
        <translation>Öňki ýyl (Alt+Çepe)</translation>
    </message>
    <message>
        <source>Next year (Alt+Right)</source>
        <translation>Indiki ýyl (Alt+Saga)</translation>
    </message>
    <message>
        <source>Recorded reports</source>
        <translation>Girizilen hasabatlar</translation>
    </message>
    <message>
        <source>Not yet recorded</source>
        <translation>Entek girizilmedikler</translation>
    </message>
    <message>
        <source>Recorded and computed</source>
        <translation>Girizilenler we hasaplananlar</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Ýyl:</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Öňki ýyl</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Indiki ýyl</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Edara</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Hasabat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Çeşme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Jogapkär</translation>
    </message>
    <message>
        <source>Reporting cycles</source>
        <translation>Hasabat tapgyrlary</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Güýje girdi</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Ilkinji</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Ýygylygy</translation>
    </message>
    <message>
        <source>Committee&apos;s date</source>
        <translation>Komitetiň möhleti</translation>
    </message>
    <message>
        <source>Edit cycle…</source>
        <translation>Tapgyry üýtgetmek…</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>Islendik edara</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n aý</numerusform>
            <numerusform>%n aý</numerusform>
        </translation>
    </message>
    <message>
        <source>as requested</source>
        <translation>haýyş boýunça</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>girizilmedik</translation>
    </message>
    <message>
        <source>No dates entered for: %1. Their reports are not computed.</source>
        <translation>Seneler girizilmedik: %1. Olaryň hasabatlarynyň möhletleri hasaplanmaýar.</translation>
    </message>
    <message>
        <source>Overdue: due %1 and not submitted</source>
        <translation>Möhleti geçen: möhleti %1, tabşyrylmadyk</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n möhlet</numerusform>
            <numerusform>%n möhlet</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Girizilen</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Komitet</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Şertnama</translation>
    </message>
</context>
<context>
    <name>ResponsibleList</name>
    <message>
        <source>Add a responsible organization: type part of its name</source>
        <translation>Jogapkär gurama goşuň: adynyň bir bölegini ýazyň</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation>Sanawnamada ýok</translation>
    </message>
    <message>
        <source>“%1” is not in the directory. Add it as a new organization?</source>
        <translation>“%1” sanawnamada ýok. Ony täze gurama hökmünde goşmalymy?</translation>
    </message>
    <message>
        <source>Add organization</source>
        <translation>Gurama goş</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions of the minutes of meeting %1</source>
        <translation>%1 belgili mejlisiň teswirnamasynyň redaksiýalary</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Ýatda saklanan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim tarapyndan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bellik</translation>
    </message>
    <message>
        <source>Only the &amp;changed parts</source>
        <translation>Diňe &amp;üýtgän bölekler</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>Öňki&amp;si:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Täzesi:</translation>
    </message>
    <message>
        <source>&amp;Restore the older revision…</source>
        <translation>Öňki redaksiýany &amp;dikelt…</translation>
    </message>
    <message>
        <source>Saves its text as a new revision; nothing is overwritten</source>
        <translation>Onuň tekstini täze redaksiýa hökmünde ýatda saklaýar; hiç zadyň üstünden ýazylmaýar</translation>
    </message>
    <message>
        <source>No. %1 — %2</source>
        <translation>№ %1 — %2</translation>
    </message>
    <message>
        <source>No revision yet: every save of the minutes (Ctrl+S) keeps one.</source>
        <translation>Entek redaksiýa ýok: teswirnama her gezek ýatda saklananda (Ctrl+S) bir redaksiýa saklanýar.</translation>
    </message>
    <message>
        <source>The two revisions have the same text.</source>
        <translation>Iki redaksiýanyň teksti birmeňzeş.</translation>
    </message>
    <message numerus="yes">
        <source>%n parts changed</source>
        <translation>
            <numerusform>%n bölek üýtgedi</numerusform>
            <numerusform>%n bölek üýtgedi</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a revision</source>
        <translation>Redaksiýany dikelt</translation>
    </message>
    <message>
        <source>Put back the text of revision %1? It is saved as a new revision; the current text stays in the list.</source>
        <translation>%1 redaksiýanyň teksti yzyna getirilsinmi? Ol täze redaksiýa hökmünde ýatda saklanýar; häzirki tekst sanawda galýar.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Dikelt</translation>
    </message>
    <message>
        <source>These parts were deleted since and could not be put back:
%1</source>
        <translation>Bu bölekler soň pozuldy we olary yzyna getirip bolmady:
%1</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>B</source>
        <translation>Ý</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Ýogyn</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiw</translation>
    </message>
    <message>
        <source>U</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Aşagy çyzykly</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Sanaw</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Belgili sanaw</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Sanaw</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Markerli sanaw</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Indent the list item</source>
        <translation>Sanawyň bendini içe süýşür</translation>
    </message>
    <message>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <source>Outdent the list item</source>
        <translation>Sanawyň bendini daşa süýşür</translation>
    </message>
    <message>
        <source>Clear formatting</source>
        <translation>Formatlamany arassala</translation>
    </message>
    <message>
        <source>Remove bold, italic and underline</source>
        <translation>Ýogyn, kursiw we aşagy çyzykly formatlary aýyr</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import edilýär</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>Importy ý&amp;atyr</translation>
    </message>
    <message>
        <source>Importing… Nothing is kept unless the whole import succeeds.</source>
        <translation>Import edilýär… Import doly başa barmasa, hiç zat saklanmaýar.</translation>
    </message>
    <message>
        <source>Cancelling… everything written so far is being undone.</source>
        <translation>Ýatyrylýar… şu wagta çenli ýazylanlaryň hemmesi yzyna alynýar.</translation>
    </message>
    <message>
        <source>Import finished: %1 created, %2 updated, %3 skipped.</source>
        <translation>Import tamamlandy: %1 döredildi, %2 täzelendi, %3 geçildi.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors were left out.</source>
        <translation>
            <numerusform>Ýalňyşlyklary bolan %n setir goýberildi.</numerusform>
            <numerusform>Ýalňyşlyklary bolan %n setir goýberildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The State under review was used for this import only: only an administrator may change the Commission&apos;s settings.</source>
        <translation>Syn edilýän döwlet diňe şu import üçin ulanyldy: Toparyň sazlamalaryny diňe administrator üýtgedip biler.</translation>
    </message>
    <message>
        <source>Nothing was imported: the database changed since the preview and the file now has errors.</source>
        <translation>Hiç zat import edilmedi: deslapky synadan bäri maglumatlar binýady üýtgedi we indi faýlda ýalňyşlyklar bar.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Import ýatyryldy. Hiç zat ýazylmady.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>Import başa barmady we hiç zat ýazylmady: %1</translation>
    </message>
    <message>
        <source>The import failed unexpectedly and nothing was written (details are in the log, Help → Open log folder): %1</source>
        <translation>Import garaşylmadyk ýagdaýda başa barmady we hiç zat ýazylmady (jikme-jiklikler žurnalda, Kömek → Žurnal bukjasyny aç): %1</translation>
    </message>
</context>
<context>
    <name>SdgTargetPicker</name>
    <message>
        <source>Find a target: 16.3, or words of its text</source>
        <translation>Wezipäni tapmak: 16.3 ýa-da onuň tekstinden sözler</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Ähli ýerden gözle (Ctrl+K)</translation>
    </message>
    <message>
        <source>Meetings and minutes, decisions, measures, progress reports, recommendations and organizations</source>
        <translation>Mejlisler we teswirnamalar, kararlar, çäreler, ýerine ýetirilişi barada hasabatlar, maslahatlar we guramalar</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Ähli ýerden &amp;gözle…</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>%1 (%2+)</source>
        <translation>%1 (%2+)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show all…</source>
        <translation>Hemmesini görkez…</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation>
            <numerusform>Hemmesini görkez: %n…</numerusform>
            <numerusform>Hemmesini görkez: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Hiç zat tapylmady.</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <source>New section</source>
        <translation>Täze bölüm</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Bölümi üýtget</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Belgisi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Ady:</translation>
    </message>
    <message>
        <source>&amp;Inside:</source>
        <translation>&amp;Içinde:</translation>
    </message>
    <message>
        <source>(top level of the plan)</source>
        <translation>(meýilnamanyň ýokary derejesi)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Sazlamalar</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interfeýsiň &amp;dili:</translation>
    </message>
    <message>
        <source>Menus, pages, dialogs, dates and numbers are shown in this language. Reports and minutes can still be printed in another one.</source>
        <translation>Menýular, sahypalar, dialoglar, seneler we sanlar şu dilde görkezilýär. Hasabatlary we teswirnamalary başga dilde hem çap edip bolýar.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Secretariat. Restart now?</source>
        <translation>Täze dil Secretariat indiki gezek açylanda ulanylar. Häzir täzeden açmalymy?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Häzir täzeden aç</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Soňrak</translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>Excel-den &amp;import et…</translation>
    </message>
    <message>
        <source>Export status &amp;questionnaires…</source>
        <translation>Ýagdaý a&amp;nketalaryny eksport et…</translation>
    </message>
</context>
<context>
    <name>StatusHeader</name>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Set the status back to an earlier step</source>
        <translation>Ýagdaýy öňki tapgyra gaýtar</translation>
    </message>
    <message>
        <source>&amp;Reopen minutes…</source>
        <translation>Teswirnamany täzeden &amp;aç…</translation>
    </message>
    <message>
        <source>The minutes are approved and locked against changes. The follow-up of action items (status, due date, responsible) can still be recorded. Reopening is recorded in the history.</source>
        <translation>Teswirnama tassyklandy we üýtgeşmelerden gulplandy. Tabşyryklaryň ýerine ýetirilişini (ýagdaýy, möhleti, jogapkäri) henizem bellemek bolýar. Täzeden açylmagy taryhda hasaba alynýar.</translation>
    </message>
    <message>
        <source>(untitled meeting)</source>
        <translation>(atsyz mejlis)</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Ýagdaýy: %1</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>&amp;Geçirildi diýip belle</translation>
    </message>
    <message>
        <source>Minutes &amp;drafted</source>
        <translation>Teswirnama taý&amp;ýarlandy</translation>
    </message>
    <message>
        <source>&amp;Approve minutes…</source>
        <translation>Teswirnamany &amp;tassykla…</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Yzyna al</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ýap</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Reader: reads, searches, prints, exports</source>
        <translation>Okyjy: okaýar, gözleýär, çap edýär, eksport edýär</translation>
    </message>
    <message>
        <source>Editor: also edits and imports</source>
        <translation>Redaktor: mundan başga-da üýtgedýär we import edýär</translation>
    </message>
    <message>
        <source>Administrator: also manages users and restores</source>
        <translation>Administrator: mundan başga-da ulanyjylary dolandyrýar we dikeldýär</translation>
    </message>
    <message>
        <source>Users of the shared database</source>
        <translation>Umumy maglumatlar binýadynyň ulanyjylary</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roly</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Goş…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Roluny üýtget…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>&amp;Parol belle…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>A&amp;ýyr…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Roluny üýtget</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 ulanyjynyň roly:</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Parol belle</translation>
    </message>
    <message>
        <source>New password of %1:</source>
        <translation>%1 ulanyjynyň täze paroly:</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>Ulanyjyny aýyr</translation>
    </message>
    <message>
        <source>Remove the login %1? That person will no longer be able to connect.</source>
        <translation>%1 logini aýrylsynmy? Ol adam indi birigip bilmez.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>ulanylyşy: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsiýalar</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>pozisiýa argumentleri</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>şu kömek habaryny görkezmek we çykmak</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>programmanyň wersiýa belgisini görkezmek we çykmak</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ýalňyşlyk: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s argumenti: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tanalmadyk argumentler: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>şu argumentler hökmany: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>%s argumentleriniň biri hökmany</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nädogry saýlaw: %(value)r (şulardan saýlaň: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nädogry %(type)s bahasy: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>birmanly däl opsiýa: %(option)s şulara gabat gelip biler: %(matches)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>bir argument garaşylýar</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>iň köp bir argument garaşylýar</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>iň az bir argument garaşylýar</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s argumenti bilen bile ulanmak bolmaýar</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>aç-açan berlen %r argumenti hasaba alynmady</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>näbelli %(parser_name)r derňewçi (saýlawlar: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; açyp bolmaýar: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>expected %s arguments</source>
        <translation>
            <numerusform>%s argument garaşylýar</numerusform>
            <numerusform>%s argument garaşylýar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option strings: %s</source>
        <translation>
            <numerusform>gapma-garşy opsiýa setirleri: %s</numerusform>
            <numerusform>gapma-garşy opsiýa setirleri: %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Unknown rule of entry into force: {rule}.</source>
        <translation>Güýje girmegiň näbelli düzgüni: {rule}.</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>Hasabat tapgyry</translation>
    </message>
    <message>
        <source>This reporting cycle</source>
        <translation>Bu hasabat tapgyry</translation>
    </message>
    <message>
        <source>The initial report is due 0 to 120 months after entry into force.</source>
        <translation>Ilkinji hasabat güýje girenden 0–120 aý soň tabşyrylýar.</translation>
    </message>
    <message>
        <source>Periodic reports are due every 1 to 240 months, or only when the committee asks (leave it empty).</source>
        <translation>Döwürleýin hasabatlar her 1–240 aýdan ýa-da diňe komitetiň haýyşy boýunça tabşyrylýar (boş goýuň).</translation>
    </message>
    <message>
        <source>The entry into force is before the ratification.</source>
        <translation>Güýje girmegiň senesi ratifikasiýadan öň.</translation>
    </message>
    <message>
        <source>National report for the UPR</source>
        <translation>ÄDS üçin milli hasabat</translation>
    </message>
    <message>
        <source>Initial report</source>
        <translation>Ilkinji hasabat</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Döwürleýin hasabat</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Records of the Interministerial Commission: meetings and minutes, plans and measures, UN recommendations and national reports. Without a command, the application window opens.</source>
        <translation>Pudagara toparyň ýazgylary: mejlisler we teswirnamalar, meýilnamalar we çäreler, BMG-niň maslahatlary we milli hasabatlar. Buýruk berilmese, programmanyň penjiresi açylýar.</translation>
    </message>
    <message>
        <source>language of the messages (and of the window): tk Turkmen, ru Russian, en English; default: $LANGUAGE or $LANG, else English</source>
        <translation>habarlaryň (we penjiräniň) dili: tk türkmen, ru rus, en iňlis; deslapky: $LANGUAGE ýa-da $LANG, ýogsa iňlis</translation>
    </message>
    <message>
        <source>database file (or SQLAlchemy URL); default: $SECRETARIAT_DB, else secretariat.sqlite in your data folder</source>
        <translation>maglumatlar binýadynyň faýly (ýa-da SQLAlchemy URL); deslapky: $SECRETARIAT_DB, ýogsa maglumat bukjaňyzdaky secretariat.sqlite</translation>
    </message>
    <message>
        <source>open the application window (the default)</source>
        <translation>programmanyň penjiresini açmak (deslapky)</translation>
    </message>
    <message>
        <source>open the window and close it again at once: checks that an installation starts (prints the window title)</source>
        <translation>penjiräni açmak we derrew ýene ýapmak: gurnalan programmanyň açylýandygyny barlaýar (penjiräniň adyny çykarýar)</translation>
    </message>
    <message>
        <source>database file (or SQLAlchemy URL)</source>
        <translation>maglumatlar binýadynyň faýly (ýa-da SQLAlchemy URL)</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>ýalňyşlyk: {message}</translation>
    </message>
    <message>
        <source>The database refused the operation ({error}); nothing of it was saved. Its schema may be damaged: run `secretariat check`.</source>
        <translation>Maglumatlar binýady amaly ret etdi ({error}); ondan hiç zat ýatda saklanmady. Onuň shemasy zaýalanan bolmagy mümkin: `secretariat check` buýrugyny işlediň.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>bes edildi</translation>
    </message>
    <message>
        <source>back up the database (safe while the application is open)</source>
        <translation>maglumatlar binýadynyň ätiýaçlyk nusgasyny almak (programma açyk wagty hem howpsuz)</translation>
    </message>
    <message>
        <source>Write a backup of the database. OUT may be a file, or a folder where a timestamped backup is written and older ones beyond --keep are deleted. Without OUT, the backups folder in your data folder is used.</source>
        <translation>Maglumatlar binýadynyň ätiýaçlyk nusgasyny ýazmak. OUT faýl ýa-da bukja bolup biler: bukja berlende wagt belgili ätiýaçlyk nusgasy ýazylýar we --keep sanyndan artyk köne nusgalar pozulýar. OUT berilmese, maglumat bukjaňyzdaky ätiýaçlyk nusgalary bukjasy ulanylýar.</translation>
    </message>
    <message>
        <source>backup file or folder</source>
        <translation>ätiýaçlyk nusgasynyň faýly ýa-da bukjasy</translation>
    </message>
    <message>
        <source>replace OUT even if it is not a backup of this database</source>
        <translation>OUT şu maglumatlar binýadynyň ätiýaçlyk nusgasy bolmasa-da, ony çalyşmak</translation>
    </message>
    <message>
        <source>backups to keep in the folder (default: {n})</source>
        <translation>bukjada saklanjak ätiýaçlyk nusgalarynyň sany (deslapky: {n})</translation>
    </message>
    <message>
        <source>Only a database stored in a file can be backed up or restored.</source>
        <translation>Diňe faýlda saklanýan maglumatlar binýadynyň ätiýaçlyk nusgasyny almak ýa-da ony dikeltmek bolýar.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} ýerinde maglumatlar binýady ýok.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Ätiýaçlyk nusgasy {path} faýlyna ýazyldy.</translation>
    </message>
    <message>
        <source>check the database (integrity, references, schema)</source>
        <translation>maglumatlar binýadyny barlamak (bitewülik, salgylanmalar, shema)</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problems.</source>
        <translation>
            <numerusform>Maglumatlar binýadynda %n näsazlyk bar.</numerusform>
            <numerusform>Maglumatlar binýadynda %n näsazlyk bar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database {where} is sound.</source>
        <translation>{where} maglumatlar binýady sazlaw ýagdaýda.</translation>
    </message>
    <message>
        <source>fill an empty database with demo data</source>
        <translation>boş maglumatlar binýadyny görkezme maglumatlary bilen doldurmak</translation>
    </message>
    <message>
        <source>small: a realistic demo; large: a synthetic database for benchmarks</source>
        <translation>small: hakyky ýaly görkezme; large: öndürijiligi barlamak üçin emeli maglumatlar binýady</translation>
    </message>
    <message>
        <source>Demo data written to {where} in {seconds:.1f} s.</source>
        <translation>Görkezme maglumatlary {seconds:.1f} sekuntda {where} ýerine ýazyldy.</translation>
    </message>
    <message>
        <source>export a list to .xlsx, or status questionnaires to a folder</source>
        <translation>sanawy .xlsx faýlyna ýa-da ýagdaý anketalaryny bukja eksport etmek</translation>
    </message>
    <message>
        <source>Export records to an Excel workbook whose columns import back with `secretariat import`. `export questionnaire FOLDER` writes one protected status questionnaire per organization.</source>
        <translation>Ýazgylary Excel kitabyna eksport etmek; onuň sütünleri `secretariat import` bilen yzyna import edilip bilner. `export questionnaire FOLDER` her gurama üçin goralan bir ýagdaý anketasyny ýazýar.</translation>
    </message>
    <message>
        <source>one of: {kinds}</source>
        <translation>şulardan biri: {kinds}</translation>
    </message>
    <message>
        <source>the .xlsx file to write (a folder for questionnaire)</source>
        <translation>ýazyljak .xlsx faýly (anketa üçin bukja)</translation>
    </message>
    <message>
        <source>only records containing these words</source>
        <translation>diňe şu sözleri öz içine alýan ýazgylar</translation>
    </message>
    <message>
        <source>only what this organization is responsible for (name, short name or id)</source>
        <translation>diňe şu guramanyň jogapkär bolan zatlary (ady, gysga ady ýa-da id)</translation>
    </message>
    <message>
        <source>only this status (stored value, e.g. in_progress)</source>
        <translation>diňe şu ýagdaý (saklanýan bahasy, meselem, in_progress)</translation>
    </message>
    <message>
        <source>measures/progress of one plan (id or title)</source>
        <translation>bir meýilnamanyň çäreleri/ýerine ýetirilişi (id ýa-da ady)</translation>
    </message>
    <message>
        <source>meetings of one year</source>
        <translation>bir ýylyň mejlisleri</translation>
    </message>
    <message>
        <source>organizations of one kind (e.g. ministry)</source>
        <translation>bir görnüşdäki guramalar (meselem, ministry)</translation>
    </message>
    <message>
        <source>questionnaire: include completed measures and implemented recommendations</source>
        <translation>anketa: ýerine ýetirilen çäreleri we ýerine ýetirilen maslahatlary hem goşmak</translation>
    </message>
    <message>
        <source>There is no organization called {name!r}.</source>
        <translation>{name!r} atly gurama ýok.</translation>
    </message>
    <message>
        <source>Give a folder for the questionnaires, not a file.</source>
        <translation>Anketalar üçin faýl däl-de, bukja görkeziň.</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires written to {folder}.</source>
        <translation>
            <numerusform>%n anketa {folder} bukjasyna ýazyldy.</numerusform>
            <numerusform>%n anketa {folder} bukjasyna ýazyldy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported on {date}</source>
        <translation>{date} senesinde eksport edildi</translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to {path}.</source>
        <translation>
            <numerusform>%n setir {path} faýlyna ýazyldy.</numerusform>
            <numerusform>%n setir {path} faýlyna ýazyldy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a spreadsheet. The header row is found below any title rows; columns are recognised by their titles in English, Russian or Turkmen. One transaction: a file with errors imports nothing unless --skip-invalid is given.</source>
        <translation>Elektron tablisany import etmek. Sözbaşy setiri islendik at setirleriniň aşagyndan tapylýar; sütünler iňlis, rus ýa-da türkmen dilindäki atlary boýunça tanalýar. Bir tranzaksiýa: --skip-invalid berilmese, ýalňyşlyklary bolan faýldan hiç zat import edilmeýär.</translation>
    </message>
    <message>
        <source>import a spreadsheet, text table or Word table of recommendations, measures, progress reports, meetings or organizations</source>
        <translation>maslahatlaryň, çäreleriň, ýerine ýetirilişi baradaky hasabatlaryň, mejlisleriň ýa-da guramalaryň elektron tablisasyny, tekst tablisasyny ýa-da Word tablisasyny import etmek</translation>
    </message>
    <message>
        <source>the file: .xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt or .docx</source>
        <translation>faýl: .xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt ýa-da .docx</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>okaljak sahypa (deslapky: birinjisi)</translation>
    </message>
    <message>
        <source>the table of a Word document to read, counted from 1 (default: the first)</source>
        <translation>Word resminamasynyň okaljak tablisasy, 1-den başlap sanalýar (deslapky: birinjisi)</translation>
    </message>
    <message>
        <source>only say what would be done</source>
        <translation>diňe näme ediljekdigini aýtmak</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>netijäni JSON görnüşinde çykarmak</translation>
    </message>
    <message>
        <source>import the valid rows and leave out the rows with errors</source>
        <translation>dogry setirleri import etmek we ýalňyşlyklary bolan setirleri goýbermek</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>maslahatlar</translation>
    </message>
    <message>
        <source>the mechanism, when the file does not say it</source>
        <translation>faýlda görkezilmedik ýagdaýynda mehanizm</translation>
    </message>
    <message>
        <source>the body, e.g. UPR or CEDAW</source>
        <translation>edara, meselem, UPR ýa-da CEDAW</translation>
    </message>
    <message>
        <source>the UPR cycle (1-4...)</source>
        <translation>ÄDS tapgyry (1-4...)</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>sessiýa</translation>
    </message>
    <message>
        <source>the document symbol, e.g. CEDAW/C/TKM/CO/6</source>
        <translation>resminamanyň belgisi, meselem, CEDAW/C/TKM/CO/6</translation>
    </message>
    <message>
        <source>in a list covering many States, import only this State&apos;s rows (default: the Commission&apos;s State, see `secretariat settings`)</source>
        <translation>köp döwleti öz içine alýan sanawda diňe şu döwletiň setirlerini import etmek (deslapky: Toparyň döwleti, `secretariat settings` serediň)</translation>
    </message>
    <message>
        <source>measures and progress</source>
        <translation>çäreler we ýerine ýetirilişi</translation>
    </message>
    <message>
        <source>an existing plan: id, title or short title</source>
        <translation>bar bolan meýilnama: id, ady ýa-da gysga ady</translation>
    </message>
    <message>
        <source>create the plan (or use the plan of that title if it exists)</source>
        <translation>meýilnamany döretmek (ýa-da şol atly meýilnama bar bolsa, ony ulanmak)</translation>
    </message>
    <message>
        <source>date of progress reports that carry none (default: today)</source>
        <translation>senesi görkezilmedik ýerine ýetirilişi baradaky hasabatlaryň senesi (deslapky: şu gün)</translation>
    </message>
    <message>
        <source>This file is a returned status questionnaire; it is imported as one.</source>
        <translation>Bu faýl yzyna gaýtarylan ýagdaý anketasy; ol anketa hökmünde import edilýär.</translation>
    </message>
    <message>
        <source>Tables are counted from 1.</source>
        <translation>Tablisalar 1-den başlap sanalýar.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;, header in row {row}</source>
        <translation>{file}, “{sheet}” sahypasy, sözbaşy № {row} setirde</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Would create {c}, update {u}, skip {s}.</source>
        <translation>Synag barlagy: hiç zat ýazylmady. {c} döredilerdi, {u} täzelenerdi, {s} geçilerdi.</translation>
    </message>
    <message>
        <source>Imported: {c} created, {u} updated, {s} skipped.</source>
        <translation>Import edildi: {c} döredildi, {u} täzelendi, {s} geçildi.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Hiç zat import edilmedi.</translation>
    </message>
    <message>
        <source>Rows left out because of errors:</source>
        <translation>Ýalňyşlyklar sebäpli goşulmadyk setirler:</translation>
    </message>
    <message>
        <source>Errors (fix them in the file, or use --skip-invalid to import the other rows):</source>
        <translation>Ýalňyşlyklar (olary faýlda düzediň ýa-da beýleki setirleri import etmek üçin --skip-invalid ulanyň):</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>№ {row} setir</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... we ýene %n</numerusform>
            <numerusform>  ... we ýene %n</numerusform>
        </translation>
    </message>
    <message>
        <source>  warning, row {row}: {message}</source>
        <translation>  duýduryş, № {row} setir: {message}</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more warnings</source>
        <translation>
            <numerusform>  ... we ýene %n duýduryş</numerusform>
            <numerusform>  ... we ýene %n duýduryş</numerusform>
        </translation>
    </message>
    <message>
        <source>print the minutes of a meeting as a PDF</source>
        <translation>mejlisiň teswirnamasyny PDF görnüşinde çap etmek</translation>
    </message>
    <message>
        <source>Write the minutes of a meeting as a PDF in the protocol layout, in the meeting&apos;s language; marked DRAFT until approved.</source>
        <translation>Mejlisiň teswirnamasyny teswirnama görnüşinde, mejlisiň dilinde PDF edip ýazmak; tassyklanýança TASLAMA diýip bellenýär.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {title}, %n pages.</source>
        <translation>
            <numerusform>{path} ýazyldy: {title}, %n sahypa.</numerusform>
            <numerusform>{path} ýazyldy: {title}, %n sahypa.</numerusform>
        </translation>
    </message>
    <message>
        <source>check a meeting out to a local file, to work on it offline</source>
        <translation>torsuz işlemek üçin mejlisi ýerli faýla almak</translation>
    </message>
    <message>
        <source>Copy a meeting (attendance, agenda, minutes, decisions, action items), the directory and the linked measures and recommendations into a new local file that the application opens with no network; the meeting is marked as checked out for everyone else until the file is checked in.</source>
        <translation>Mejlisi (gatnaşygy, gün tertibini, teswirnamany, kararlary, tabşyryklary), salgy kitabyny we baglanyşykly çäreleri we teklipleri programmanyň torsuz açýan täze ýerli faýlyna göçürmek; faýl yzyna gaýtarylýança mejlis beýleki hemmeler üçin alnan diýlip bellenýär.</translation>
    </message>
    <message>
        <source>the meeting: an id (12) or YEAR/NUMBER (2024/1)</source>
        <translation>mejlis: id (12) ýa-da ÝYL/BELGI (2024/1)</translation>
    </message>
    <message>
        <source>the local file to write (never replaced if it exists)</source>
        <translation>ýazyljak ýerli faýl (bar bolsa hiç haçan çalşyrylmaýar)</translation>
    </message>
    <message>
        <source>remove the check-out mark instead (the copy was lost); its changes can then no longer be checked in</source>
        <translation>ýerine alnyş belligini aýyrmak (nusga ýitdi); soňra onuň üýtgetmelerini yzyna gaýtaryp bolmaýar</translation>
    </message>
    <message>
        <source>check a checked-out copy back in, merging its changes</source>
        <translation>alnan nusgany onuň üýtgetmelerini birleşdirip yzyna gaýtarmak</translation>
    </message>
    <message>
        <source>Merge the changes made in a checked-out copy into the database it came from. What was changed on both sides is listed; choose with --keep, or nothing is written.</source>
        <translation>Alnan nusgada edilen üýtgetmeleri onuň alnan maglumatlar binýadyna geçirmek. Iki tarapda-da üýtgedilenler sanalýar; --keep bilen saýlaň, ýogsam hiç zat ýazylmaýar.</translation>
    </message>
    <message>
        <source>the checked-out copy</source>
        <translation>alnan nusga</translation>
    </message>
    <message>
        <source>for what both sides changed: keep the copy&apos;s version (mine) or the database&apos;s (theirs)</source>
        <translation>iki tarapda-da üýtgedilenler üçin: nusganyň görnüşini (mine) ýa-da maglumatlar binýadynyňkyny (theirs) saklamak</translation>
    </message>
    <message>
        <source>only show what the check-in would do</source>
        <translation>diňe yzyna gaýtarmanyň näme etjekdigini görkezmek</translation>
    </message>
    <message>
        <source>The check-out of meeting {ref} was cancelled.</source>
        <translation>{ref} mejlisiniň alnyşy ýatyryldy.</translation>
    </message>
    <message>
        <source>name the local file to write (OUT).</source>
        <translation>ýazyljak ýerli faýly görkeziň (OUT).</translation>
    </message>
    <message>
        <source>Meeting {ref} checked out to {path} ({n} records). Open that file to work offline; check it in with `secretariat --db … checkin {path}`.</source>
        <translation>{ref} mejlisi {path} faýlyna alyndy ({n} ýazgy). Torsuz işlemek üçin şol faýly açyň; ony `secretariat --db … checkin {path}` buýrugy bilen yzyna gaýtaryň.</translation>
    </message>
    <message>
        <source>Meeting {ref}, checked out to {who} on {when}:</source>
        <translation>{when} {who} tarapyndan alnan {ref} mejlisi:</translation>
    </message>
    <message>
        <source>  nothing was changed in the copy.</source>
        <translation>  nusgada hiç zat üýtgedilmedi.</translation>
    </message>
    <message numerus="yes">
        <source>%n records were changed on both sides: run again with --keep mine or --keep theirs (or check in from the window, which asks for each). Nothing was written.</source>
        <translation>
            <numerusform>%n ýazgy iki tarapda-da üýtgedildi: --keep mine ýa-da --keep theirs bilen ýene işlediň (ýa-da her biri barada soraýan penjireden yzyna gaýtaryň). Hiç zat ýazylmady.</numerusform>
            <numerusform>%n ýazgy iki tarapda-da üýtgedildi: --keep mine ýa-da --keep theirs bilen ýene işlediň (ýa-da her biri barada soraýan penjireden yzyna gaýtaryň). Hiç zat ýazylmady.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked in: meeting {ref} is no longer checked out; %n new records got their ids on the database.</source>
        <translation>
            <numerusform>Yzyna gaýtaryldy: {ref} mejlisi indi alnan däl; %n täze ýazgy maglumatlar binýadynda öz belgisini aldy.</numerusform>
            <numerusform>Yzyna gaýtaryldy: {ref} mejlisi indi alnan däl; %n täze ýazgy maglumatlar binýadynda öz belgisini aldy.</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>ýazyljak PDF faýly</translation>
    </message>
    <message>
        <source>{text!r} is not a date (write 2024-03-31 or 31.03.2024)</source>
        <translation>{text!r} sene däl (2024-03-31 ýa-da 31.03.2024 görnüşinde ýazyň)</translation>
    </message>
    <message>
        <source>print a report as a PDF (see --list)</source>
        <translation>hasabaty PDF görnüşinde çap etmek (seret: --list)</translation>
    </message>
    <message>
        <source>Write one of the reports as a PDF. Each report uses the filters that apply to it (see --list).</source>
        <translation>Hasabatlaryň birini PDF edip ýazmak. Her hasabat özüne degişli süzgüçleri ulanýar (seret: --list).</translation>
    </message>
    <message>
        <source>the report (see --list)</source>
        <translation>hasabat (seret: --list)</translation>
    </message>
    <message>
        <source>list the reports and their filters</source>
        <translation>hasabatlary we olaryň süzgüçlerini sanawlamak</translation>
    </message>
    <message>
        <source>start of the period</source>
        <translation>döwrüň başy</translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation>döwrüň ahyry</translation>
    </message>
    <message>
        <source>the year (commission-year report)</source>
        <translation>ýyl (toparyň ýyllyk hasabaty)</translation>
    </message>
    <message>
        <source>a plan: id, title or short title</source>
        <translation>meýilnama: id, ady ýa-da gysga ady</translation>
    </message>
    <message>
        <source>an organization: any of its names or short names</source>
        <translation>gurama: onuň atlarynyň ýa-da gysga atlarynyň islendik biri</translation>
    </message>
    <message>
        <source>a UN mechanism (recommendations report)</source>
        <translation>BMG-niň mehanizmi (maslahatlar baradaky hasabat)</translation>
    </message>
    <message>
        <source>the date the report is as of (default: today)</source>
        <translation>hasabatyň ýagdaýy görkezilýän sene (deslapky: şu gün)</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>süzgüçler</translation>
    </message>
    <message>
        <source>error: there is no report {name!r}; choose one of: {names}</source>
        <translation>ýalňyşlyk: {name!r} atly hasabat ýok; şulardan birini saýlaň: {names}</translation>
    </message>
    <message>
        <source>error: say where to write the PDF with --pdf OUT</source>
        <translation>ýalňyşlyk: PDF faýlynyň nirä ýazyljakdygyny --pdf OUT bilen görkeziň</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Döwür başlamazdan öň tamamlanýar.</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current one is kept aside)</source>
        <translation>maglumatlar binýadyny ätiýaçlyk nusgasy bilen çalyşmak (häzirki binýat aýratyn saklanýar)</translation>
    </message>
    <message>
        <source>Check the backup IN (integrity, references, schema version), keep the current database aside as a timestamped backup, then replace it by IN. Close the application first.</source>
        <translation>IN ätiýaçlyk nusgasyny barlamak (bitewülik, salgylanmalar, shemanyň wersiýasy), häzirki maglumatlar binýadyny wagt belgili ätiýaçlyk nusgasy hökmünde aýratyn saklamak, soňra ony IN bilen çalyşmak. Ilki programmany ýapyň.</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>dikeldiljek ätiýaçlyk nusgasynyň faýly</translation>
    </message>
    <message>
        <source>only check the backup; change nothing</source>
        <translation>diňe ätiýaçlyk nusgasyny barlamak; hiç zady üýtgetmezlik</translation>
    </message>
    <message>
        <source>copies of replaced databases to keep (default: {n})</source>
        <translation>çalşyrylan maglumatlar binýatlarynyň saklanjak nusgalarynyň sany (deslapky: {n})</translation>
    </message>
    <message>
        <source>  schema revision: {revision}</source>
        <translation>  shemanyň redaksiýasy: {revision}</translation>
    </message>
    <message>
        <source>  last change recorded: {when} (UTC)</source>
        <translation>  soňky bellenen üýtgeşme: {when} (UTC)</translation>
    </message>
    <message>
        <source>{source} is a sound backup:</source>
        <translation>{source} sazlaw ätiýaçlyk nusgasy:</translation>
    </message>
    <message>
        <source>Restored {target} from {source}:</source>
        <translation>{target} {source} nusgasyndan dikeldildi:</translation>
    </message>
    <message>
        <source>The database as it was before is kept at {aside}; to undo, restore that file.</source>
        <translation>Maglumatlar binýadynyň öňki ýagdaýy {aside} ýerinde saklanýar; yzyna almak üçin şol faýly dikeldiň.</translation>
    </message>
    <message>
        <source>print counts of what the database holds</source>
        <translation>maglumatlar binýadyndaky ýazgylaryň sanyny çykarmak</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON görnüşinde çykarmak</translation>
    </message>
    <message>
        <source>set up the roles of a new shared database (its owner, once)</source>
        <translation>täze umumy maglumatlar binýadynyň rollaryny sazlamak (onuň eýesi, bir gezek)</translation>
    </message>
    <message>
        <source>On a shared (PostgreSQL) database: create its tables and the roles reader, editor and admin with their rights; the login you connect with becomes its first administrator. Safe to run again: it repairs the rights.</source>
        <translation>Umumy (PostgreSQL) maglumatlar binýadynda: onuň tablisalaryny we hukuklary bilen reader, editor we admin rollaryny döredýär; siziň birikýän loginiňiz onuň ilkinji administratory bolýar. Gaýtadan işletmek howpsuz: ol hukuklary dikeldýär.</translation>
    </message>
    <message>
        <source>manage the logins of a shared database (administrators)</source>
        <translation>umumy maglumatlar binýadynyň loginlerini dolandyrmak (administratorlar)</translation>
    </message>
    <message>
        <source>Add, list, change or remove the logins of a shared database. Each login has one role: reader, editor or admin.</source>
        <translation>Umumy maglumatlar binýadynyň loginlerini goşmak, sanawyny görkezmek, üýtgetmek ýa-da aýyrmak. Her loginiň bir roly bar: reader, editor ýa-da admin.</translation>
    </message>
    <message>
        <source>add a login with a role</source>
        <translation>login goşmak we oňa rol bermek</translation>
    </message>
    <message>
        <source>the login&apos;s role</source>
        <translation>loginiň roly</translation>
    </message>
    <message>
        <source>read the password from the first line of F (else it is asked)</source>
        <translation>paroly F faýlynyň birinji setirinden okamak (bolmasa soralýar)</translation>
    </message>
    <message>
        <source>list the logins and their roles</source>
        <translation>loginleriň we olaryň rollarynyň sanawyny görkezmek</translation>
    </message>
    <message>
        <source>give a login another role</source>
        <translation>logine başga rol bermek</translation>
    </message>
    <message>
        <source>set a login&apos;s password</source>
        <translation>loginiň parolyny bellemek</translation>
    </message>
    <message>
        <source>remove a login</source>
        <translation>logini aýyrmak</translation>
    </message>
    <message>
        <source>Cannot read the password file {path}: {error}</source>
        <translation>{path} parol faýlyny okap bolmaýar: {error}</translation>
    </message>
    <message>
        <source>No terminal to ask the password on: give --password-file F.</source>
        <translation>Paroly soramak üçin terminal ýok: --password-file F görkeziň.</translation>
    </message>
    <message>
        <source>Password for {login}: </source>
        <translation>{login} üçin parol: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Şol bir paroly gaýtadan: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Iki parol biri-birinden tapawutlanýar; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>The roles of {where} are set up: {roles}. {login} is an administrator.</source>
        <translation>{where} üçin rollar sazlandy: {roles}. {login} administrator.</translation>
    </message>
    <message>
        <source>Imports check each link they write one by one. For imports in about two thirds of the time, a superuser of the server may run (README, &quot;Faster imports&quot;):</source>
        <translation>Import ýazýan her baglanyşygyny aýratynlykda barlaýar. Import bu wagtyň takmynan üçden iki bölegini alar ýaly, serweriň superulanyjysy şuny ýerine ýetirip biler (README, «Faster imports»):</translation>
    </message>
    <message>
        <source>Login {login} added as {role}.</source>
        <translation>{login} logini {role} hökmünde goşuldy.</translation>
    </message>
    <message>
        <source>{login} is now {role}.</source>
        <translation>{login} indi {role}.</translation>
    </message>
    <message>
        <source>The password of {login} was changed.</source>
        <translation>{login} loginiň paroly üýtgedildi.</translation>
    </message>
    <message>
        <source>Login {login} removed.</source>
        <translation>{login} logini aýryldy.</translation>
    </message>
    <message>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} bitin san däl</translation>
    </message>
    <message>
        <source>{value} is out of range (from {low} to {high})</source>
        <translation>{value} rugsat berlen aralykdan daşarda ({low}-den {high}-e çenli)</translation>
    </message>
    <message>
        <source>Password for {where}: </source>
        <translation>{where} üçin parol: </translation>
    </message>
    <message>
        <source>Snapshot of {where} written to {path} ({n} records); the application opens it as a local file.</source>
        <translation>{where} ýagdaýynyň nusgasy {path} faýlyna ýazyldy ({n} ýazgy); programma ony ýerli faýl hökmünde açýar.</translation>
    </message>
    <message>
        <source>{source} is a sound backup.</source>
        <translation>{source} sagdyn ätiýaçlyk nusgasy.</translation>
    </message>
    <message>
        <source>Loaded {source} into {where}:</source>
        <translation>{source} {where} binýadyna ýüklendi:</translation>
    </message>
    <message>
        <source>show or change the Commission&apos;s settings kept in the database</source>
        <translation>maglumatlar bazasynda saklanýan Toparyň sazlamalaryny görkezmek ýa-da üýtgetmek</translation>
    </message>
    <message>
        <source>Show or change the Commission&apos;s settings kept in the database. state-under-review: the State whose rows are imported from lists covering many States (default: Turkmenistan).</source>
        <translation>Maglumatlar bazasynda saklanýan Toparyň sazlamalaryny görkezmek ýa-da üýtgetmek. state-under-review: köp döwleti öz içine alýan sanawlardan setirleri import edilýän syn edilýän döwlet (deslapky: Türkmenistan).</translation>
    </message>
    <message>
        <source>one of: {names}</source>
        <translation>şulardan biri: {names}</translation>
    </message>
    <message>
        <source>the new value (omit it to show the current one)</source>
        <translation>täze baha (ol berilmese, häzirki baha görkezilýär)</translation>
    </message>
    <message>
        <source>{name} is now {value}.</source>
        <translation>{name} indi {value}.</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>The database itself was not changed.</source>
        <translation>Maglumatlar binýadynyň özi üýtgedilmedi.</translation>
    </message>
    <message>
        <source>The backup could not be made because reading the database {source} failed: {detail}</source>
        <translation>{source} maglumatlar binýadyny okap bolmandygy sebäpli ätiýaçlyk nusgasyny alyp bolmady: {detail}</translation>
    </message>
    <message>
        <source>The backup of {source} could not be written to {destination}: {detail} The database itself was not changed.</source>
        <translation>{source} binýadynyň ätiýaçlyk nusgasyny {destination} ýerine ýazyp bolmady: {detail} Maglumatlar binýadynyň özi üýtgedilmedi.</translation>
    </message>
    <message>
        <source>Cannot read the database {source}: {error}</source>
        <translation>{source} maglumatlar binýadyny okap bolmaýar: {error}</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({detail}); it was not kept. Run `secretariat check` on the database.</source>
        <translation>Ätiýaçlyk nusgasy barlagdan geçmedi ({detail}); ol saklanmady. Maglumatlar binýadynda `secretariat check` buýrugyny işlediň.</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>Ätiýaçlyk nusgasyny almak ýatyryldy.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} maglumatlar binýadynyň faýly däl-de, bukja.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>{path} okap bolmaýar: {error}</translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment, so your change was not written. Reload it to see theirs, then make yours again.</source>
        <translation>Başga biri şol bir ýazgyny şol bir wagtda ýatda saklady, şonuň üçin siziň üýtgetmäňiz ýazylmady. Onuň üýtgetmesini görmek üçin ýazgyny täzeden ýükläň, soňra öz üýtgetmäňizi gaýtadan ediň.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe), not a database file.</source>
        <translation>{path} adaty faýl däl (enjam ýa-da kanal), maglumatlar binýadynyň faýly däl.</translation>
    </message>
    <message>
        <source>{path} is not a Secretariat database (not a SQLite file). Choose another file; this one was left unchanged.</source>
        <translation>{path} Secretariat maglumatlar binýady däl (SQLite faýly däl). Başga faýl saýlaň; bu faýl üýtgedilmedi.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file or folder). Copy it to a folder you can write to, or ask for write permission.</source>
        <translation>{path} maglumatlar binýadyna ýazyp bolmaýar (faýl ýa-da bukja diňe okamak üçin). Ony ýazyp bolýan bukja göçüriň ýa-da ýazmaga rugsat soraň.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>{folder} bukjasyny döredip bolmaýar: {error}</translation>
    </message>
    <message>
        <source>Cannot create a database in {folder}: the folder is read-only.</source>
        <translation>{folder} bukjasynda maglumatlar binýadyny döredip bolmaýar: bukja diňe okamak üçin.</translation>
    </message>
    <message>
        <source>{path} is locked by another program (or another copy of Secretariat) that is using it exclusively. Close that program and try again; the file was left unchanged.</source>
        <translation>{path} faýlyny ony aýratynlykda ulanýan başga programma (ýa-da Secretariat-yň başga nusgasy) gulplady. Şol programmany ýapyň we täzeden synanyşyň; faýl üýtgedilmedi.</translation>
    </message>
    <message>
        <source>{path} could not be opened as a database: {error}</source>
        <translation>{path} maglumatlar binýady hökmünde açylmady: {error}</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a Secretariat one; it was left unchanged.</source>
        <translation>{path} SQLite maglumatlar binýady, ýöne Secretariat binýady däl; ol üýtgedilmedi.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Secretariat (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
        <translation>{path} Secretariat-yň täze wersiýasy bilen ýazylypdyr (shema {revision}). Ony açmak üçin täze wersiýany guruň; faýl üýtgedilmedi.</translation>
    </message>
    <message>
        <source>The database {where} holds tables that are not Secretariat&apos;s; it was left unchanged. Ask the administrator for an empty database.</source>
        <translation>{where} maglumatlar binýadynda Secretariat programmasyna degişli däl tablisalar bar; ol üýtgedilmedi. Administratordan boş maglumatlar binýadyny soraň.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the copy made before upgrading could not be written ({error}), so it was not upgraded and was left as it was. Free some disk space and open it again.</source>
        <translation>Maglumatlar binýadyny täzelemek gerek, ýöne täzelemezden öň edilýän nusgany ýazyp bolmady ({error}), şonuň üçin ol täzelenmedi we öňküligine galdy. Diskde biraz boş ýer açyň we ony täzeden açyň.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade to this version of Secretariat (schema {current} to {head}), which only an administrator may do. Ask an administrator to open it once with this version. Nothing was changed.</source>
        <translation>Umumy maglumatlar binýadyny Secretariat programmasynyň şu wersiýasyna laýyklykda täzelemek gerek (shema {current} → {head}), muny diňe administrator edip biler. Administratordan ony şu wersiýa bilen bir gezek açmagy haýyş ediň. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>Upgrading the database failed: {error}. The database was left as it was.</source>
        <translation>Maglumatlar binýadyny täzelemek başartmady: {error}. Maglumatlar binýady öňküligine galdy.</translation>
    </message>
    <message>
        <source>Upgrading the database failed: {error}, and putting back the copy made before the upgrade failed too ({restore_error}). Do not use {path}: restore the copy at {backup} (File → Restore from backup).</source>
        <translation>Maglumatlar binýadyny täzelemek başartmady: {error}, täzelemezden öň edilen nusgany yzyna goýmak hem başartmady ({restore_error}). {path} ulanmaň: {backup} ýerindäki nusgany dikeldiň (Faýl → Ätiýaçlyk nusgasyndan dikelt).</translation>
    </message>
    <message>
        <source>Upgrading the database failed: {error}. The database was left as it was. A copy made before the upgrade is at {backup}.</source>
        <translation>Maglumatlar binýadyny täzelemek başartmady: {error}. Maglumatlar binýady öňküligine galdy. Täzelemezden öň edilen nusga {backup} ýerinde.</translation>
    </message>
    <message>
        <source>Integrity: {detail}</source>
        <translation>Bitewülik: {detail}</translation>
    </message>
    <message>
        <source>Broken reference in table {table}, row {rowid} (to {parent}).</source>
        <translation>{table} tablisasynyň {rowid} setirinde döwük salgylanma ({parent} tablisasyna).</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>maglumatlar binýady</translation>
    </message>
    <message>
        <source>The database {path} is busy: another copy of Secretariat or another program is using it. Nothing was changed. Wait a moment and try again; if it keeps happening, close the other program.</source>
        <translation>{path} maglumatlar binýady meşgul: ony Secretariat-yň başga nusgasy ýa-da başga programma ulanýar. Hiç zat üýtgedilmedi. Biraz garaşyň we täzeden synanyşyň; eger bu gaýtalansa, beýleki programmany ýapyň.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved; nothing of it was written. Free some space on the drive of {folder} (delete or move files you do not need) and try again.</source>
        <translation>Disk doly, şonuň üçin üýtgeşmäni ýatda saklap bolmady; onuň hiç bir bölegi ýazylmady. {folder} ýerleşýän diskde ýer boşadyň (gerek däl faýllary pozuň ýa-da göçüriň) we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file, folder or drive). The change was not saved. Copy the database to a folder you can write to, or ask for write permission.</source>
        <translation>{path} maglumatlar binýadyna ýazyp bolmaýar (faýl, bukja ýa-da disk diňe okamak üçin). Üýtgeşme ýatda saklanmady. Maglumatlar binýadyny ýazyp bolýan bukja göçüriň ýa-da ýazmaga rugsat soraň.</translation>
    </message>
    <message>
        <source>{path} is not a Secretariat database (not a SQLite file). Choose another file, or restore a backup.</source>
        <translation>{path} Secretariat maglumatlar binýady däl (SQLite faýly däl). Başga faýl saýlaň ýa-da ätiýaçlyk nusgasyny dikeldiň.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({error}). Nothing was changed. Restore the latest backup (File → Restore from backup), and keep the damaged file for support.</source>
        <translation>{path} maglumatlar binýady zaýalanypdyr ({error}). Hiç zat üýtgedilmedi. Iň soňky ätiýaçlyk nusgasyny dikeldiň (Faýl → Ätiýaçlyk nusgasyndan dikelt), zaýalanan faýly bolsa goldaw gullugy üçin saklaň.</translation>
    </message>
    <message>
        <source>The database {path} could not be read or written ({error}). Nothing was changed. Check that the drive or network folder is still connected and try again.</source>
        <translation>{path} maglumatlar binýadyny okap ýa-da oňa ýazyp bolmady ({error}). Hiç zat üýtgedilmedi. Diskiň ýa-da tor bukjasynyň henizem birikdirilendigini barlaň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>{source} cannot be restored: {reason} Nothing was changed.</source>
        <extracomment>Tables every Secretariat database has, whatever its revision.</extracomment>
        <translation>{source} dikeldip bolmaýar: {reason} Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>it cannot be read ({error}).</source>
        <translation>ony okap bolmaýar ({error}).</translation>
    </message>
    <message>
        <source>it is not a Secretariat database.</source>
        <translation>ol Secretariat maglumatlar binýady däl.</translation>
    </message>
    <message>
        <source>it is damaged ({detail}).</source>
        <translation>ol zaýalanypdyr ({detail}).</translation>
    </message>
    <message>
        <source>it is a SQLite database but not a Secretariat one.</source>
        <translation>ol SQLite maglumatlar binýady, ýöne Secretariat binýady däl.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its records point to records that do not exist (first in table {table}).</source>
        <translation>
            <numerusform>onuň %n ýazgysy ýok ýazgylara salgylanýar (ilkinjisi {table} tablisasynda).</numerusform>
            <numerusform>onuň %n ýazgysy ýok ýazgylara salgylanýar (ilkinjisi {table} tablisasynda).</numerusform>
        </translation>
    </message>
    <message>
        <source>it has no schema version.</source>
        <translation>onuň shemasynyň wersiýasy ýok.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Secretariat (schema {revision}); install that version to restore it.</source>
        <translation>ol Secretariat-yň täze wersiýasy bilen ýazylypdyr (shema {revision}); ony dikeltmek üçin şol wersiýany guruň.</translation>
    </message>
    <message>
        <source>its schema is not the one this version of Secretariat makes ({detail}).</source>
        <translation>onuň shemasy Secretariat programmasynyň şu wersiýasynyň döredýän shemasy däl ({detail}).</translation>
    </message>
    <message>
        <source>it cannot be read as a database ({error}).</source>
        <translation>ony maglumatlar binýady hökmünde okap bolmaýar ({error}).</translation>
    </message>
    <message>
        <source>it is a folder, not a backup file.</source>
        <translation>ol bukja, ätiýaçlyk nusgasynyň faýly däl.</translation>
    </message>
    <message>
        <source>it is not an ordinary file (a device or a pipe).</source>
        <translation>ol adaty faýl däl (enjam ýa-da kanal).</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>faýl ýok.</translation>
    </message>
    <message>
        <source>it is the database itself.</source>
        <translation>ol maglumatlar binýadynyň özi.</translation>
    </message>
    <message>
        <source>Restore cancelled.</source>
        <translation>Dikeltmek ýatyryldy.</translation>
    </message>
    <message>
        <source> The database as it was before is kept at {aside}.</source>
        <translation> Maglumatlar binýadynyň öňki ýagdaýy {aside} ýerinde saklanýar.</translation>
    </message>
    <message>
        <source>Restoring into {target} failed: {detail}</source>
        <translation>{target} ýerine dikeltmek başartmady: {detail}</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; any earlier file of that name was left as it was. Free some space on that drive and try again.</source>
        <translation>Disk doly, şonuň üçin {path} ýazylyp bilinmedi; şol atly öňki faýl öňküsi ýaly galdyryldy. Şol diskde birneme ýer boşadyň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the drive is read-only. Choose another folder.</source>
        <translation>{path} ýazylyp bilinmeýär: disk diňe okamak üçin. Başga bukja saýlaň.</translation>
    </message>
    <message>
        <source>{path} cannot be replaced: it is open in another program (a PDF viewer, Excel) or read-only. Close it there, or choose another name, and try again.</source>
        <translation>{path} çalşylyp bilinmeýär: ol başga programmada (PDF görüji, Excel) açyk ýa-da diňe okamak üçin. Ony şol ýerde ýapyň ýa-da başga at saýlaň we täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>{path} cannot be written: you have no permission to write there (read-only file or folder). Choose another folder.</source>
        <translation>{path} ýazylyp bilinmeýär: ol ýere ýazmaga rugsadyňyz ýok (diňe okamak üçin faýl ýa-da bukja). Başga bukja saýlaň.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the folder {folder} does not exist.</source>
        <translation>{path} ýazylyp bilinmeýär: {folder} bukjasy ýok.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation>{path} bukja; ýazyljak faýlyň adyny görkeziň.</translation>
    </message>
    <message>
        <source>{path} cannot be written: part of that path is a file, not a folder.</source>
        <translation>{path} ýazylyp bilinmeýär: şol ýoluň bir bölegi bukja däl-de, faýl.</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}.</source>
        <translation>{path} ýazylyp bilinmedi: {error}.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe); it was left alone. Give the name of a file to write.</source>
        <translation>{path} adaty faýl däl (enjam ýa-da kanal); oňa degilmedi. Ýazyljak faýlyň adyny görkeziň.</translation>
    </message>
    <message>
        <source>Supported: a SQLite file path, sqlite:///PATH, or postgresql+psycopg://USER@HOST/DATABASE.</source>
        <extracomment>URL scheme (backend+driver) -&gt; the Python module it needs.</extracomment>
        <translation>Goldanylýanlar: SQLite faýlynyň ýoly, sqlite:///PATH ýa-da postgresql+psycopg://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>{value} is not a database address. {supported}</source>
        <translation>{value} maglumatlar binýadynyň salgysy däl. {supported}</translation>
    </message>
    <message>
        <source>{url}: the kind of database &quot;{scheme}&quot; is not supported. {supported}</source>
        <translation>{url}: “{scheme}” görnüşli maglumatlar binýady goldanylmaýar. {supported}</translation>
    </message>
    <message>
        <source>{url} needs the Python package {module}, which is not installed. {supported}</source>
        <translation>{url} üçin gurnalmadyk {module} Python bukjasy gerek. {supported}</translation>
    </message>
    <message>
        <source>Your login{login} may not make this change: the shared database refused it. Nothing was written. Ask an administrator if you need this right.</source>
        <translation>Siziň{login} loginiňiz bu üýtgetmäni edip bilmeýär: umumy maglumatlar binýady ony ret etdi. Hiç zat ýazylmady. Bu hukuk size gerek bolsa, administratora ýüz tutuň.</translation>
    </message>
    <message>
        <source>the shared database</source>
        <translation>umumy maglumatlar binýady</translation>
    </message>
    <message>
        <source>The server refused the login for {where}: wrong login or password. Check them and connect again.</source>
        <translation>Serwer {where} üçin girişi ret etdi: login ýa-da parol nädogry. Olary barlaň we täzeden birigiň.</translation>
    </message>
    <message>
        <source>There is no such database on the server ({where}). Check the database name, or ask the administrator to create it.</source>
        <translation>Serwerde beýle maglumatlar binýady ýok ({where}). Maglumatlar binýadynyň adyny barlaň ýa-da administratordan ony döretmegi haýyş ediň.</translation>
    </message>
    <message>
        <source>Someone else changed the same records at the same moment ({where}). Nothing was changed. Try again.</source>
        <translation>Başga biri şol bir ýazgylary şol bir wagtda üýtgetdi ({where}). Hiç zat üýtgedilmedi. Täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>The database server for {where} cannot be reached. Check the server name and port and the network connection, then try again. Nothing was changed.</source>
        <translation>{where} üçin maglumatlar binýadynyň serweri bilen aragatnaşyk ýok. Serweriň adyny we portuny hem-de tor birikmesini barlaň, soňra täzeden synanyşyň. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>{path} already exists; it was left as it was. Choose another name.</source>
        <extracomment>Rows the migrations put into a new database (reference lists), replaced by the copy.</extracomment>
        <translation>{path} eýýäm bar; ol öňküsi ýaly galdyryldy. Başga at saýlaň.</translation>
    </message>
    <message>
        <source>Column {table}.{column} holds {n} values that are not whole numbers.</source>
        <translation>{table}.{column} sütüninde bitin san däl {n} baha bar.</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message numerus="yes">
        <source>%n sub-organizations</source>
        <translation>
            <numerusform>%n tabyn gurama</numerusform>
            <numerusform>%n tabyn gurama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n adam</numerusform>
            <numerusform>%n adam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan measures</source>
        <translation>
            <numerusform>%n meýilnama çäresi</numerusform>
            <numerusform>%n meýilnama çäresi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress reports</source>
        <translation>
            <numerusform>ýerine ýetirilişi barada %n hasabat</numerusform>
            <numerusform>ýerine ýetirilişi barada %n hasabat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations (responsible)</source>
        <translation>
            <numerusform>%n maslahat (jogapkär)</numerusform>
            <numerusform>%n maslahat (jogapkär)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings organized</source>
        <translation>
            <numerusform>guralan %n mejlis</numerusform>
            <numerusform>guralan %n mejlis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance records</source>
        <translation>
            <numerusform>gatnaşyk barada %n ýazgy</numerusform>
            <numerusform>gatnaşyk barada %n ýazgy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action items (responsible)</source>
        <translation>
            <numerusform>%n tabşyryk (jogapkär)</numerusform>
            <numerusform>%n tabşyryk (jogapkär)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reports to UN bodies</source>
        <translation>
            <numerusform>BMG-niň edaralaryna %n hasabat</numerusform>
            <numerusform>BMG-niň edaralaryna %n hasabat</numerusform>
        </translation>
    </message>
    <message>
        <source>not used anywhere</source>
        <translation>hiç ýerde ulanylmaýar</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>Garaşylmadyk ýalňyşlyk</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your saved work is safe. The details are in the log file (Help → Open log folder).</source>
        <extracomment>A wait longer than this shows the busy cursor (the window is not frozen, only waiting).</extracomment>
        <translation>Näsazlyk ýüze çykdy: %1

Ýatda saklanan işiňiz howpsuz. Jikme-jiklikler žurnal faýlynda (Kömek → Žurnal bukjasyny aç).</translation>
    </message>
</context>
<context>
    <name>excel</name>
    <message>
        <source>cell {cell}</source>
        <translation>{cell} öýjügi</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>№ {row} setir</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>{column} sütüni</translation>
    </message>
    <message>
        <source>{location}: {message}</source>
        <translation>{location}: {message}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Hawa</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <extracomment>Synonyms are written naturally; they are normalised like headers before matching. Order inside a list does not matter; the first entry is shown in error messages. Containment is only trusted for synonyms at least this long (&quot;no&quot; is not a field). Anything but letters, digits and combining marks (Unicode categories L, N, M). ``\w`` covers L and N plus &quot;_&quot;; the marks are added back by range.</extracomment>
        <translation>Sahypa boş.</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped</source>
        <extracomment>Lists covering many States (UPR Info&apos;s export) import only this State&apos;s rows; None: Turkmenistan; the CLI and the wizard pass the Commission&apos;s setting (``services.commission``).</extracomment>
        <translation>{created} döredildi, {updated} täzelendi, {skipped} geçildi</translation>
    </message>
    <message numerus="yes">
        <source>, %n rows with errors</source>
        <translation>
            <numerusform>, ýalňyşlyklary bolan %n setir</numerusform>
            <numerusform>, ýalňyşlyklary bolan %n setir</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Setirler okalýar…</translation>
    </message>
    <message>
        <source>Some texts look like UTF-8 read in the wrong encoding (row {row}: &quot;{text}&quot;, probably &quot;{meant}&quot;). Ask the sender to save the file again as UTF-8, or open it with the right encoding and save it as .xlsx.</source>
        <translation>Käbir tekstler nädogry kodlama bilen okalan UTF-8 ýaly görünýär ({row} setir: “{text}”, belki “{meant}”). Iberijiden faýly UTF-8 görnüşinde gaýtadan ýatda saklamagy haýyş ediň ýa-da ony dogry kodlama bilen açyp, .xlsx görnüşinde ýatda saklaň.</translation>
    </message>
    <message>
        <source>Import of {file} ({sheet}): {counts}</source>
        <extracomment>Ids listed in the audit entry up to this many; beyond, the first and last.</extracomment>
        <translation>{file} faýlynyň importy ({sheet}): {counts}</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Meýilnamalaryň çäreleri</translation>
    </message>
    <message>
        <source>Measure number</source>
        <translation>Çäräniň belgisi</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Çäre</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Meýilnama</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <source>Lead agencies</source>
        <translation>Jogapkär ýerine ýetirijiler</translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation>Bile ýerine ýetirijiler</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Hyzmatdaşlar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Görkezijiler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>DÖM-iň wezipeleri</translation>
    </message>
    <message>
        <source>Say which plan these measures belong to (--plan, or --create-plan TITLE; in the wizard: &quot;Plan&quot;).</source>
        <translation>Bu çäreleriň haýsy meýilnama degişlidigini görkeziň (--plan ýa-da --create-plan ADY; ussatda: “Meýilnama”).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>{column}: &quot;{text}&quot; is not a known status; it is left as it is.</source>
        <translation>{column}: “{text}” belli ýagdaý däl; ol şol durşuna galdyryldy.</translation>
    </message>
    <message>
        <source>The measure has no number.</source>
        <translation>Çäräniň belgisi ýok.</translation>
    </message>
    <message>
        <source>The measure text is empty.</source>
        <translation>Çäräniň teksti boş.</translation>
    </message>
    <message>
        <source>Measure {number} is already in row {row}.</source>
        <translation>{number} belgili çäre eýýäm № {row} setirde bar.</translation>
    </message>
    <message>
        <source>There is no plan called &quot;{name}&quot;.</source>
        <translation>“{name}” atly meýilnama ýok.</translation>
    </message>
    <message>
        <source>A new plan will be created: {title}.</source>
        <translation>Täze meýilnama dörediler: {title}.</translation>
    </message>
    <message>
        <source>The plan is not known.</source>
        <translation>Meýilnama belli däl.</translation>
    </message>
    <message>
        <source>New measure.</source>
        <translation>Täze çäre.</translation>
    </message>
    <message>
        <source>Changes: {fields}.</source>
        <translation>Üýtgeşmeler: {fields}.</translation>
    </message>
    <message>
        <source>Already recorded, nothing changed.</source>
        <translation>Eýýäm hasaba alnan, hiç zat üýtgemedi.</translation>
    </message>
    <message>
        <source>New organizations will be added: {names}.</source>
        <translation>Täze guramalar goşular: {names}.</translation>
    </message>
    <message>
        <source>Writing measures…</source>
        <translation>Çäreler ýazylýar…</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>Above this many matching records, whole tables are read once instead of by chunks of ids.</extracomment>
        <translation>tekst</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>möhlet</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>görkezijiler</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ýagdaýy</translation>
    </message>
    <message>
        <source>section</source>
        <translation>bölüm</translation>
    </message>
    <message>
        <source>lead agencies</source>
        <translation>jogapkär ýerine ýetirijiler</translation>
    </message>
    <message>
        <source>co-implementers</source>
        <translation>bile ýerine ýetirijiler</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>hyzmatdaşlar</translation>
    </message>
    <message>
        <source>Meetings with attendance</source>
        <translation>Gatnaşyjylary bilen mejlisler</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Senesi</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>Mejlisiň belgisi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Geçirilýän ýeri</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Gurama</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roly</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Gatnaşygy</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Wekili</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a meeting number.</source>
        <translation>“{text}” mejlisiň belgisi däl.</translation>
    </message>
    <message>
        <source>The meeting date is missing or not a date (write it as 31.12.2024).</source>
        <translation>Mejlisiň senesi ýok ýa-da sene däl (ony 31.12.2024 görnüşinde ýazyň).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a known meeting type; a Commission meeting is assumed.</source>
        <translation>“{text}” belli mejlis görnüşi däl; Toparyň mejlisi diýip kabul edildi.</translation>
    </message>
    <message>
        <source>The row belongs to no meeting (no date above it).</source>
        <translation>Setir hiç bir mejlise degişli däl (ýokarsynda sene ýok).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a known role; &quot;member&quot; is assumed.</source>
        <translation>“{text}” belli rol däl; “agza” diýip kabul edildi.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not understood as present or absent; &quot;present&quot; is assumed.</source>
        <translation>“{text}” gatnaşdy ýa-da gatnaşmady hökmünde düşünilmedi; “gatnaşdy” diýip kabul edildi.</translation>
    </message>
    <message>
        <source>No meeting.</source>
        <translation>Mejlis ýok.</translation>
    </message>
    <message>
        <source>New meeting {ref}.</source>
        <translation>Täze mejlis: {ref}.</translation>
    </message>
    <message>
        <source>Meeting changes: {fields}.</source>
        <translation>Mejlisdäki üýtgeşmeler: {fields}.</translation>
    </message>
    <message>
        <source>The same participant is already in row {row}.</source>
        <translation>Şol bir gatnaşyjy eýýäm № {row} setirde bar.</translation>
    </message>
    <message>
        <source>New participant.</source>
        <translation>Täze gatnaşyjy.</translation>
    </message>
    <message>
        <source>Attendance changes.</source>
        <translation>Gatnaşykdaky üýtgeşmeler.</translation>
    </message>
    <message>
        <source>The minutes of meeting {ref} are approved and locked; reopen them first.</source>
        <translation>{ref} belgili mejlisiň teswirnamasy tassyklanyp gulplandy; ilki ony täzeden açyň.</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Guramalar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Gysga ady</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>Parent organization</source>
        <translation>Ýokary gurama</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Toparyň agzasy</translation>
    </message>
    <message>
        <source>{column}: &quot;{text}&quot; is not a known kind; &quot;Other&quot; is used.</source>
        <translation>{column}: “{text}” belli görnüş däl; “Beýleki” ulanylýar.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Ady boş.</translation>
    </message>
    <message>
        <source>The same organization is already in row {row}.</source>
        <translation>Şol bir gurama eýýäm № {row} setirde bar.</translation>
    </message>
    <message>
        <source>The parent organization &quot;{name}&quot; is unknown; it will be added.</source>
        <translation>“{name}” ýokary gurama belli däl; ol goşular.</translation>
    </message>
    <message>
        <source>New organization.</source>
        <translation>Täze gurama.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ady</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>gysga ady</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>görnüşi</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>ýokary gurama</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Ýerine ýetirilişi barada hasabatlar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ýerine ýetirilişi</translation>
    </message>
    <message>
        <source>Say which plan the measures belong to (--plan; in the wizard: &quot;Plan&quot;).</source>
        <translation>Çäreleriň haýsy meýilnama degişlidigini görkeziň (--plan; ussatda: “Meýilnama”).</translation>
    </message>
    <message>
        <source>Measure No.</source>
        <translation>Çäräniň №</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (write it as 31.12.2024).</source>
        <translation>“{text}” sene däl (ony 31.12.2024 görnüşinde ýazyň).</translation>
    </message>
    <message>
        <source>No date: the report is dated {date}.</source>
        <translation>Sene ýok: hasabatyň senesi {date} diýlip goýuldy.</translation>
    </message>
    <message>
        <source>The row names no measure number.</source>
        <translation>Setirde çäräniň belgisi görkezilmedik.</translation>
    </message>
    <message>
        <source>The progress text is empty.</source>
        <translation>Ýerine ýetirilişi baradaky tekst boş.</translation>
    </message>
    <message>
        <source>The plan has no measure {number}.</source>
        <translation>Meýilnamada {number} belgili çäre ýok.</translation>
    </message>
    <message>
        <source>This report is already recorded.</source>
        <translation>Bu hasabat eýýäm hasaba alnan.</translation>
    </message>
    <message>
        <source>Same report as row {row}.</source>
        <translation>№ {row} setirdäki bilen şol bir hasabat.</translation>
    </message>
    <message>
        <source>New progress report for measure {number}.</source>
        <translation>{number} belgili çäräniň ýerine ýetirilişi barada täze hasabat.</translation>
    </message>
    <message>
        <source>Returned status questionnaire</source>
        <translation>Yzyna gaýtarylan ýagdaý anketasy</translation>
    </message>
    <message>
        <source>This file is not a status questionnaire made by this application (or its hidden description sheet was removed).</source>
        <translation>Bu faýl şu programmada taýýarlanan ýagdaý anketasy däl (ýa-da onuň gizlin düşündiriş sahypasy aýryldy).</translation>
    </message>
    <message>
        <source>Questionnaire of {organization}, prepared on {date}.</source>
        <translation>{organization} guramasynyň anketasy, {date} senesinde taýýarlandy.</translation>
    </message>
    <message>
        <source>The row has no hidden id: rows must not be added or copied in the questionnaire.</source>
        <translation>Setirde gizlin id ýok: anketa setir goşmak ýa-da setirleri göçürmek bolmaýar.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not one of the statuses of the list.</source>
        <translation>“{text}” sanawdaky ýagdaýlaryň biri däl.</translation>
    </message>
    <message>
        <source>The organization of this questionnaire ({name}) is not in the database; was it made from another database?</source>
        <translation>Bu anketanyň guramasy ({name}) maglumatlar binýadynda ýok; anketa başga maglumatlar binýadyndan taýýarlanmadymy?</translation>
    </message>
    <message>
        <source>Measure {number} was not in the questionnaire issued to {org}; the row was refused.</source>
        <translation>{number} belgili çäre {org} guramasyna berlen anketada ýokdy; setir ret edildi.</translation>
    </message>
    <message>
        <source>Recommendation {number} was not in the questionnaire issued to {org}; the row was refused.</source>
        <translation>{number} belgili maslahat {org} guramasyna berlen anketada ýokdy; setir ret edildi.</translation>
    </message>
    <message>
        <source>Measure {number} of this row is not in the database (or has another number now).</source>
        <translation>Bu setirdäki {number} belgili çäre maglumatlar binýadynda ýok (ýa-da indi başga belgisi bar).</translation>
    </message>
    <message>
        <source>New progress report of measure {number}.</source>
        <translation>{number} belgili çäräniň ýerine ýetirilişi barada täze hasabat.</translation>
    </message>
    <message>
        <source>Status: {old} → {new}.</source>
        <translation>Ýagdaýy: {old} → {new}.</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Täze zat ýok.</translation>
    </message>
    <message>
        <source>Recommendation {number} of this row is not in the database (or has another number now).</source>
        <translation>Bu setirdäki {number} belgili maslahat maglumatlar binýadynda ýok (ýa-da indi başga belgisi bar).</translation>
    </message>
    <message>
        <source>Information added to the assessment.</source>
        <translation>Maglumat baha berlişe goşuldy.</translation>
    </message>
    <message>
        <source>This questionnaire was changed after it was issued, or was issued by another database: its signature does not match what it says it was issued for. It was not imported; send the organization a new one.</source>
        <translation>Bu anketa berlenden soň üýtgedilipdir ýa-da başga maglumatlar binýadyndan berlipdir: onuň goly anketanyň kime we näme üçin berlendigi baradaky maglumata gabat gelmeýär. Ol import edilmedi; gurama täze anketa iberiň.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <extracomment>The last Human Rights Council session of each UPR cycle (1st: sessions 1-12, ...).</extracomment>
        <translation>Maslahatlar</translation>
    </message>
    <message>
        <source>Recommendation and recommending State</source>
        <translation>Maslahat we maslahat beren döwlet</translation>
    </message>
    <message>
        <source>Recommendation text</source>
        <translation>Maslahatyň teksti</translation>
    </message>
    <message>
        <source>Paragraph number</source>
        <translation>Bendiň belgisi</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>Maslahat beren döwletler</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Garaýyş</translation>
    </message>
    <message>
        <source>Source of position</source>
        <translation>Garaýşyň çeşmesi</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temalar</translation>
    </message>
    <message>
        <source>Groups of persons</source>
        <translation>Adamlar toparlary</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>DÖM</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Ýerine ýetirilişiniň ýagdaýy</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Baha beriş</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>Jogapkär edaralar</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mehanizm</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Edara</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Tapgyr</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessiýa</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Resminama</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>Syn edilýän döwlet</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Maslahat</translation>
    </message>
    <message>
        <source>The recommendation text is empty.</source>
        <translation>Maslahatyň teksti boş.</translation>
    </message>
    <message>
        <source>The UPR cycle is not known.</source>
        <translation>ÄDS tapgyry belli däl.</translation>
    </message>
    <message>
        <source>The body that made the recommendation is not known.</source>
        <translation>Maslahaty beren edara belli däl.</translation>
    </message>
    <message>
        <source>No recommending State was found at the end of the text.</source>
        <translation>Tekstiň ahyrynda maslahat beren döwlet tapylmady.</translation>
    </message>
    <message>
        <source>{column}: &quot;{text}&quot; is not a known position (Supported, Noted); it is left as it is.</source>
        <translation>{column}: “{text}” belli garaýyş däl (Goldanyldy, Bellige alyndy); ol şol durşuna galdyryldy.</translation>
    </message>
    <message>
        <source>Paragraph {paragraph} is already in row {row} with a different text.</source>
        <translation>{paragraph} belgili bent eýýäm № {row} setirde başga tekst bilen bar.</translation>
    </message>
    <message>
        <source>Rows about other States under review are skipped: {states}.</source>
        <translation>Syn edilýän beýleki döwletlere degişli setirler geçirildi: {states}.</translation>
    </message>
    <message>
        <source>The UPR cycle of these recommendations is not known (the title rows do not say it). Give it (--cycle, or &quot;Cycle&quot; in the import options).</source>
        <translation>Bu maslahatlaryň ÄDS tapgyry belli däl (at setirlerinde görkezilmändir). Ony görkeziň (--cycle ýa-da import sazlamalarynda “Tapgyr”).</translation>
    </message>
    <message>
        <source>The body that made these recommendations is not known. Give it (--body, or &quot;Body&quot; in the import options), e.g. CEDAW.</source>
        <translation>Bu maslahatlary beren edara belli däl. Ony görkeziň (--body ýa-da import sazlamalarynda “Edara”), meselem, CEDAW.</translation>
    </message>
    <message>
        <source>mechanism {value}</source>
        <translation>mehanizm {value}</translation>
    </message>
    <message>
        <source>cycle {value}</source>
        <translation>tapgyr {value}</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>sessiýa {value}</translation>
    </message>
    <message>
        <source>document {value}</source>
        <translation>resminama {value}</translation>
    </message>
    <message>
        <source>Read from the title rows: {facts}.</source>
        <translation>At setirlerinden okaldy: {facts}.</translation>
    </message>
    <message>
        <source>Comparing with the database…</source>
        <translation>Maglumatlar binýady bilen deňeşdirilýär…</translation>
    </message>
    <message>
        <source>New recommendation.</source>
        <translation>Täze maslahat.</translation>
    </message>
    <message>
        <source>Same recommendation as row {row} (its themes and States were added there).</source>
        <translation>№ {row} setirdäki bilen şol bir maslahat (onuň temalary we döwletleri şol ýere goşuldy).</translation>
    </message>
    <message>
        <source>A recommendation to {state}, not to the State under review.</source>
        <translation>Syn edilýän döwlete däl-de, {state} döwletine berlen maslahat.</translation>
    </message>
    <message>
        <source>Writing recommendations…</source>
        <translation>Maslahatlar ýazylýar…</translation>
    </message>
    <message>
        <source>position</source>
        <translation>garaýyş</translation>
    </message>
    <message>
        <source>source of position</source>
        <translation>garaýşyň çeşmesi</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>baha beriş</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessiýa</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>mowzuklar</translation>
    </message>
    <message>
        <source>groups of persons</source>
        <translation>adamlar toparlary</translation>
    </message>
    <message>
        <source>recommending States</source>
        <translation>maslahat beren döwletler</translation>
    </message>
    <message>
        <source>responsible agencies</source>
        <translation>jogapkär edaralar</translation>
    </message>
    <message>
        <source>The workbook contains no sheets.</source>
        <extracomment>Far more than any list clerks receive (OHCHR&apos;s longest is a few hundred rows); the 100 MB file limit of ``safe_open`` bounds it too. Other sheets a questionnaire&apos;s metadata names, read along with the chosen one.
----------
Plausible Excel serial dates: 1 Jan 1990 .. 31 Dec 2100. Outside this range a number is far more likely a count or a code than a date.</extracomment>
        <translation>Kitapda sahypa ýok.</translation>
    </message>
    <message>
        <source>The file has no table number {number}; it has {count}.</source>
        <translation>Faýlda {number} belgili tablisa ýok; onda {count} tablisa bar.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;{name}&quot;.</source>
        <translation>Kitapda “{name}” atly sahypa ýok.</translation>
    </message>
    <message>
        <source>The sheet &quot;{name}&quot; is empty.</source>
        <translation>“{name}” sahypasy boş.</translation>
    </message>
    <message>
        <source>There is no such header row.</source>
        <translation>Beýle sözbaşy setiri ýok.</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Bent</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Jogapkär</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Çäreler</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Jogapkär ýerine ýetiriji</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Soňky hasabat</translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation>Soňky ýerine ýetirilişi</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Mejlisler we gatnaşyk</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Mejlisler</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ýok</translation>
    </message>
    <message>
        <source>The header row has no recommendation column (expected a title such as &quot;Recommendation&quot; or &quot;Recommendation and recommending State&quot;).</source>
        <extracomment>Other recognised columns as text: status, responsible, body, cycle, mechanism. SDG target codes of the SDG column (&quot;5.2&quot;, &quot;16.3&quot;); their goals are in ``sdgs`` too. &quot;Supported/Noted&quot;, &quot;Supported / Noted&quot;, &quot;Принята к сведению / поддержана&quot;: a split position. How a recommendation ends: its recommending States in brackets, or a full stop or semicolon.</extracomment>
        <translation>Sözbaşy setirinde maslahat sütüni ýok (“Recommendation” ýa-da “Recommendation and recommending State” ýaly at garaşylýar).</translation>
    </message>
    <message>
        <source>Paragraph {paragraph} also appears in row {row}.</source>
        <translation>{paragraph} belgili bent № {row} setirde hem bar.</translation>
    </message>
    <message>
        <source>The position &quot;{text}&quot; was not recognised (expected Supported or Noted).</source>
        <translation>“{text}” garaýşy tanalmady (Goldanyldy ýa-da Bellige alyndy garaşylýar).</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlanmadyk</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ýerine ýetirilýär</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ýerine ýetirildi</translation>
    </message>
    <message>
        <source>Partially completed</source>
        <translation>Bölekleýin ýerine ýetirildi</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Ýerine ýetirilmedi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ýatyryldy</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Bölekleýin ýerine ýetirildi</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Ýerine ýetirildi</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Ýerine ýetirilmedi</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Jogapkär ýerine ýetiriji</translation>
    </message>
    <message>
        <source>Co-implementer</source>
        <translation>Bile ýerine ýetiriji</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Goldanyldy</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Bellige alyndy</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Garaşylýar</translation>
    </message>
    <message>
        <source>Questionnaire - {organization}</source>
        <translation>Anketa - {organization}</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Sanawlar</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Siziň roluňyz</translation>
    </message>
    <message>
        <source>What was done (progress since the last report)</source>
        <translation>Näme edildi (soňky hasabatdan bäri ýerine ýetirilişi)</translation>
    </message>
    <message>
        <source>Recommendations of UN human rights mechanisms</source>
        <translation>BMG-niň adam hukuklary mehanizmleriniň maslahatlary</translation>
    </message>
    <message>
        <source>Information on implementation</source>
        <translation>Ýerine ýetirilişi barada maglumat</translation>
    </message>
    <message>
        <source>Indicators due</source>
        <translation>Möhleti gelýän görkezijiler</translation>
    </message>
    <message>
        <source>Status questionnaire</source>
        <translation>Ýagdaý anketasy</translation>
    </message>
    <message>
        <source>Status questionnaire: {subject} — {organization}</source>
        <translation>Ýagdaý anketasy: {subject} — {organization}</translation>
    </message>
    <message>
        <source>Prepared by the Secretariat on {date}. Fill in only the yellow columns: choose the status from the list and describe what was done. Do not add, delete or move rows. Return the file to the Secretariat.</source>
        <translation>Sekretariat tarapyndan {date} senesinde taýýarlandy. Diňe sary sütünleri dolduryň: ýagdaýy sanawdan saýlaň we näme edilendigini beýan ediň. Setirleri goşmaň, pozmaň we ýerini üýtgetmäň. Faýly Sekretariata gaýtaryň.</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>Sanawdan ýagdaýy saýlaň.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Sanawdan saýlaň.</translation>
    </message>
    <message>
        <source>Indicator reports due — {organization}</source>
        <translation>Möhleti gelýän görkeziji hasabatlary — {organization}</translation>
    </message>
    <message>
        <source>Report on these indicators in the progress column of their measure (sheet of plan measures). As of {date}.</source>
        <translation>Bu görkezijiler boýunça hasabaty degişli çäräniň ýerine ýetirilişi sütüninde beriň (meýilnama çäreleriniň sahypasy). {date} senesine çenli ýagdaý.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Görkeziji</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>berilmedi</translation>
    </message>
    <message>
        <source>due</source>
        <translation>möhleti gelýär</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <extracomment>Members smaller than this are never judged by their ratio: tiny XML parts (e.g. an empty sheet full of repeated tags) compress extremely well. The prolog (declaration, comments, DOCTYPE) of an XML part is read in chunks of this size. A shared-string cell whose index is negative: calamine would read another cell&apos;s text.</extracomment>
        <translation>{name} faýly ýok.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} faýl däl-de, bukja.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>{name} faýly boş.</translation>
    </message>
    <message>
        <source>The file {name} is too large to import ({size} MB; the limit is {limit} MB). Split it into smaller workbooks.</source>
        <translation>{name} faýly import etmek üçin gaty uly ({size} MB; çägi {limit} MB). Ony has kiçi kitaplara bölüň.</translation>
    </message>
    <message>
        <source>The file {name} is password-protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, clear the box), save it and import it again.</source>
        <translation>{name} faýly parol bilen goralan. Ony Excel-de açyň, paroly aýryň (Faýl &gt; Maglumat &gt; Kitaby goramak &gt; Parol bilen şifrlemek, meýdany arassalaň), ýatda saklaň we täzeden import ediň.</translation>
    </message>
    <message>
        <source>The file {name} is an old Word document (.doc), which cannot be read. Open it in Word or LibreOffice Writer, save it as &quot;Word Document (.docx)&quot; and import the new file.</source>
        <translation>{name} faýly köne Word resminamasy (.doc), ony okap bolmaýar. Ony Word ýa-da LibreOffice Writer programmasynda açyň, “Word Document (.docx)” görnüşinde ýatda saklaň we täze faýly import ediň.</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet, a text table or a Word document. Open it in the program that made it and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>{name} faýly elektron tablisa, tekst tablisasy ýa-da Word resminamasy däl. Ony döreden programmada açyň we “Excel Workbook (.xlsx)” görnüşinde ýatda saklaň.</translation>
    </message>
    <message>
        <source>The file {name} is an OpenDocument file, not a spreadsheet. Save it as an OpenDocument spreadsheet (.ods), an Excel workbook (.xlsx) or a Word document (.docx) and import the new file.</source>
        <translation>{name} faýly elektron tablisa däl-de, OpenDocument faýly. Ony OpenDocument elektron tablisasy (.ods), Excel kitaby (.xlsx) ýa-da Word resminamasy (.docx) görnüşinde ýatda saklaň we täze faýly import ediň.</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a spreadsheet. Ask the sender for the Excel version, or copy the table into Excel and save it as .xlsx.</source>
        <translation>{name} faýly elektron tablisa däl-de, PDF resminamasy. Iberijiden Excel görnüşini soraň ýa-da tablisany Excel-e göçürip, .xlsx görnüşinde ýatda saklaň.</translation>
    </message>
    <message>
        <source>The file {name} is a web page or XML file that only looks like a spreadsheet. Open it in Excel or LibreOffice and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>{name} faýly diňe elektron tablisa meňzeýän web sahypasy ýa-da XML faýly. Ony Excel-de ýa-da LibreOffice-de açyň we “Excel Workbook (.xlsx)” görnüşinde ýatda saklaň.</translation>
    </message>
    <message>
        <source>The file {name} unpacks to far more data than a spreadsheet contains and was not opened (it may be a &quot;zip bomb&quot;). If it is a genuine workbook, save it again in Excel and split it into smaller files.</source>
        <translation>{name} faýly açylanda elektron tablisada bolup biljekden has köp maglumat çykýar, şonuň üçin ol açylmady (ol “zip bomba” bolmagy mümkin). Eger ol hakyky kitap bolsa, ony Excel-de täzeden ýatda saklaň we has kiçi faýllara bölüň.</translation>
    </message>
    <message>
        <source>The file {name} is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation>{name} faýly zip arhiwi, ýöne Excel kitaby (.xlsx) däl.</translation>
    </message>
    <message>
        <source>The file {name} contains XML declarations that spreadsheets never use (DOCTYPE/ENTITY) and may be crafted to attack the program. It was not opened.</source>
        <translation>{name} faýlynda elektron tablisalarda hiç haçan ulanylmaýan XML yglanlary (DOCTYPE/ENTITY) bar we ol programma hüjüm etmek üçin düzülen bolmagy mümkin. Ol açylmady.</translation>
    </message>
    <message>
        <source>The file {name} is damaged: a cell refers to a text that does not exist (a negative string index).</source>
        <translation>{name} faýly zaýalanan: öýjük ýok tekste salgylanýar (setiriň otrisatel indeksi).</translation>
    </message>
    <message>
        <source>The file {name} declares an unknown text encoding &quot;{encoding}&quot;.</source>
        <translation>{name} faýlynda näbelli “{encoding}” tekst kodlamasy görkezilen.</translation>
    </message>
    <message>
        <source>The file contains XML declarations that spreadsheets never use (DOCTYPE/ENTITY) and may be crafted to attack the program. It was not read.</source>
        <translation>Faýlda elektron tablisalarda hiç haçan ulanylmaýan XML yglanlary (DOCTYPE/ENTITY) bar we ol programma hüjüm etmek üçin düzülen bolmagy mümkin. Ol okalmady.</translation>
    </message>
    <message>
        <source>The file could not be read as a spreadsheet: {detail}</source>
        <translation>Faýly elektron tablisa hökmünde okap bolmady: {detail}</translation>
    </message>
    <message>
        <source>The file {name} is damaged or incomplete (perhaps an unfinished download or copy) and cannot be opened: {detail}</source>
        <translation>{name} faýly zaýalanypdyr ýa-da doly däl (belki, ýüklemek ýa-da göçürmek tamamlanmandyr) we ony açyp bolmaýar: {detail}</translation>
    </message>
    <message>
        <source>The workbook has no sheet number {number}.</source>
        <translation>Kitapda {number} belgili sahypa ýok.</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} rows; import it in smaller parts.</source>
        <translation>Sahypada {limit} setirden köp bar; ony kiçi böleklere bölüp import ediň.</translation>
    </message>
    <message>
        <source>There is a value far to the right of the table (beyond column {limit}). Delete stray contents there and import again.</source>
        <translation>Tablisadan has sagda ({limit} sütünden aňyrda) baha bar. Ol ýerdäki artykmaç mazmuny pozuň we täzeden import ediň.</translation>
    </message>
    <message>
        <source>The column &quot;{title}&quot; is empty.</source>
        <translation>“{title}” sütüni boş.</translation>
    </message>
    <message>
        <source>The text file is damaged: it is not valid {encoding} text (at byte {offset}).</source>
        <extracomment>Share of the bytes 0xC0..0xFF standing in runs of three or more, above which the text is Windows-1251 (see ``decode``), counted twice.</extracomment>
        <translation>Tekst faýly zaýalanan: ol dogry {encoding} teksti däl ({offset} baýtda).</translation>
    </message>
    <message>
        <source>The text file could not be read as a table: {detail}</source>
        <translation>Tekst faýlyny tablisa hökmünde okap bolmady: {detail}</translation>
    </message>
    <message>
        <source>The Word document {name} contains no table to import.</source>
        <translation>{name} Word resminamasynda import etmek üçin tablisa ýok.</translation>
    </message>
    <message>
        <source>Table {number} ({rows} rows)</source>
        <translation>{number} tablisa ({rows} setir)</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Export to Excel</source>
        <translation>Excel-e eksport et</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel kitaby (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation>%1 senesinde eksport edildi</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 eksport edilýär…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to %1</source>
        <translation>
            <numerusform>%n setir %1 faýlyna eksport edildi</numerusform>
            <numerusform>%n setir %1 faýlyna eksport edildi</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>Sanawy eksport edip bolmady: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Meýilnama</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Çäre</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Jogapkär ýerine ýetiriji</translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation>Bile ýerine ýetirijiler</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Hyzmatdaşlar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Soňky hasabat</translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation>Soňky ýerine ýetirilişi</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Adopted on</source>
        <translation>Kabul edilen senesi</translation>
    </message>
    <message>
        <source>Adopting act</source>
        <translation>Kabul eden namasy</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Gün tertibiniň meselesi</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Baha beriş</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Edara</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Başlyk</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Ýerine ýetirilen senesi</translation>
    </message>
    <message>
        <source>Completion note</source>
        <translation>Ýerine ýetirilişi barada bellik</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Tapgyr</translation>
    </message>
    <message>
        <source>Deadline until</source>
        <translation>Möhletiň soňy</translation>
    </message>
    <message>
        <source>Recurring deadline</source>
        <translation>Gaýtalanýan möhlet</translation>
    </message>
    <message>
        <source>Deadline from</source>
        <translation>Möhletiň başy</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Deadline understood</source>
        <translation>Möhlete düşünildi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Resminama</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-poçta</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Tamamlanýan wagty</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Doly ady</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Diňlenildi</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Görkezijiler</translation>
    </message>
    <message>
        <source>Member of the Commission</source>
        <translation>Toparyň agzasy</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>Hemişelik mesele</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dili</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Çäre</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Çäreler</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mehanizm</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Mejlis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bellik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bellikler</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Belgisi</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Gurama</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Guramaçysy</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Bent</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ýokary gurama</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Döwrüň soňy</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Döwrüň başy</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Meýilnama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Garaýyş / wezipe</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Gatnaşygy</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Çykyş edýän</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Maslahatlar</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Hasabat berlen senesi</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Wekili</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Jogapkär</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roly</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>DÖM</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretar</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessiýa</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Gysga ady</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Gysga ady</translation>
    </message>
    <message>
        <source>Source of position</source>
        <translation>Garaýşyň çeşmesi</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Çykyş etdiler</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Başlanýan wagty</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Döwletler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Tabşyrylan senesi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Gysgaça mazmuny</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tegler</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Geçirilýän ýeri</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ýyl</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>User guide</source>
        <extracomment>The components the application is built from, each named with its licence in About.</extracomment>
        <translation>Ulanyjy gollanmasy</translation>
    </message>
    <message>
        <source>Lists</source>
        <extracomment>Keys that work inside the lists and the meeting editor (not menu commands).</extracomment>
        <translation>Sanawlar</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Sanawdan gözle</translation>
    </message>
    <message>
        <source>Open the selected line</source>
        <translation>Saýlanan setiri aç</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Täze</translation>
    </message>
    <message>
        <source>Delete the selected line</source>
        <translation>Saýlanan setiri poz</translation>
    </message>
    <message>
        <source>Export the list to Excel</source>
        <translation>Sanawy Excel-e eksport et</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Mejlis</translation>
    </message>
    <message>
        <source>Move the agenda item up / down</source>
        <translation>Gün tertibiniň meselesini ýokary / aşak geçir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ýatda sakla</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formalar</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Formany ýatda sakla</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nirede</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Buýruk</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Düwmeler</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klawiatura gysga ýollary</translation>
    </message>
    <message>
        <source>see its documentation</source>
        <translation>onuň resminamalaryna serediň</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Meetings and minutes, plans and measures, UN recommendations and national reports of the Interministerial Commission.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Pudagara toparyň mejlisleri we teswirnamalary, meýilnamalary we çäreleri, BMG-niň maslahatlary we milli hasabatlary.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maglumatlar binýady:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ygtyýarnama:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Ulanylan serişdeler:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Secretariat</source>
        <translation>Secretariat barada</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Ulanyjy gollanmasy</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klawiatura gysga ýollary</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Recommendations (OHCHR lists, treaty bodies)</source>
        <translation>Maslahatlar (OHCHR sanawlary, şertnama edaralary)</translation>
    </message>
    <message>
        <source>Plan measures (a plan matrix)</source>
        <translation>Meýilnamanyň çäreleri (meýilnama matrisasy)</translation>
    </message>
    <message>
        <source>Progress reports on measures</source>
        <translation>Çäreleriň ýerine ýetirilişi barada hasabatlar</translation>
    </message>
    <message>
        <source>Meetings with attendance</source>
        <translation>Gatnaşyjylary bilen mejlisler</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Guramalar</translation>
    </message>
    <message>
        <source>A returned status questionnaire</source>
        <translation>Yzyna gaýtarylan ýagdaý anketasy</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Parliament</source>
        <translation>Parlament</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministrlik</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Müdirlik</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Ombudsmen</translation>
    </message>
    <message>
        <source>Public organization</source>
        <translation>Jemgyýetçilik guramasy</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>BMG-niň edarasy</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Halkara gurama</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Ilçihana</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Başga</translation>
    </message>
    <message>
        <source>Commission meeting</source>
        <translation>Toparyň mejlisi</translation>
    </message>
    <message>
        <source>Working meeting</source>
        <translation>Iş maslahaty</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Brifing</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Maslahatlaşyk</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferensiýa</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Ýüzbe-ýüz</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Garyşyk</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Onlaýn</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Meýilleşdirildi</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Geçirildi</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>Teswirnama taýýarlandy</translation>
    </message>
    <message>
        <source>Minutes circulated</source>
        <translation>Teswirnama ýaýradyldy</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Teswirnama tassyklandy</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Başlyk</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Agza</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Çagyrylan</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Synçy</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretar</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Gatnaşdy</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Gatnaşmady</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Wekili arkaly</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Maglumat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tabşyryk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açyk</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ýerine ýetirildi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ýatyryldy</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>Türkmen dili</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rus dili</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Iňlis dili</translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation>Milli hereketler meýilnamasy</translation>
    </message>
    <message>
        <source>IHL plan</source>
        <translation>HYH meýilnamasy</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Iş meýilnamasy</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Ýol kartasy</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlanmadyk</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ýerine ýetirilýär</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ýerine ýetirildi</translation>
    </message>
    <message>
        <source>Partially completed</source>
        <translation>Bölekleýin ýerine ýetirildi</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Ýerine ýetirilmedi</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Jogapkär ýerine ýetiriji</translation>
    </message>
    <message>
        <source>Co-implementer</source>
        <translation>Bile ýerine ýetiriji</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Hyzmatdaş</translation>
    </message>
    <message>
        <source>UPR</source>
        <translation>ÄDS</translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation>Şertnama edarasy</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Ýörite prosedura</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Goldanyldy</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Bellige alyndy</translation>
    </message>
    <message>
        <source>Partially supported</source>
        <translation>Bölekleýin goldanyldy</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Garaşylýar</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Bölekleýin ýerine ýetirildi</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Ýerine ýetirildi</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Ýerine ýetirilmedi</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Taýýarlanylýar</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Tabşyryldy</translation>
    </message>
    <message>
        <source>Considered</source>
        <translation>Seredildi</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Not allowed for your role</source>
        <translation>Siziň roluňyz üçin rugsat berilmeýär</translation>
    </message>
    <message>
        <source>The minutes are locked</source>
        <translation>Teswirnama gulplandy</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Başga biri tarapyndan üýtgedildi</translation>
    </message>
    <message>
        <source>Record not found</source>
        <translation>Ýazgy tapylmady</translation>
    </message>
    <message>
        <source>Please check the input</source>
        <translation>Girizilen maglumatlary barlaň</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Muny edip bolmaýar</translation>
    </message>
    <message>
        <source>The database could not be used</source>
        <translation>Maglumatlar binýadyny ulanyp bolmady</translation>
    </message>
    <message>
        <source>The database did not accept the change: %1

Nothing was lost: try again, and if it keeps failing, save your text elsewhere and look at the log (Help → Open log folder).</source>
        <translation>Maglumatlar binýady üýtgeşmäni kabul etmedi: %1

Hiç zat ýitmedi: täzeden synanyşyň, eger näsazlyk gaýtalansa, tekstiňizi başga ýerde saklaň we žurnala serediň (Kömek → Žurnal bukjasyny aç).</translation>
    </message>
</context>
<context>
    <name>minutes_pdf</name>
    <message>
        <source>Preparing the minutes…</source>
        <translation>Teswirnama taýýarlanýar…</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>Teswirnamany çap et</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Deslapky syn we çap…</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Umumy syn</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Mejlisler</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tabşyryklar</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Meýilnamalar</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Maslahatlar</translation>
    </message>
    <message>
        <source>Reports to UN bodies</source>
        <translation>BMG-niň edaralaryna hasabatlar</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Guramalar</translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <source>The PDF could not be made</source>
        <translation>PDF taýýarlap bolmady</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>typed on %1</source>
        <translation>%1 senesinde ýazylan</translation>
    </message>
    <message>
        <source>Unsaved minutes found</source>
        <translation>Ýatda saklanmadyk teswirnama tapyldy</translation>
    </message>
    <message>
        <source>Secretariat closed before some text was saved. It was kept, and can be put back into the editor of these meetings:</source>
        <translation>Secretariat käbir tekst ýatda saklanmanka ýapyldy. Ol saklandy we şu mejlisleriň redaktoryna yzyna goýlup bilner:</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>Olary aç</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Soňrak</translation>
    </message>
    <message>
        <source>Discard it…</source>
        <translation>Taşla…</translation>
    </message>
    <message>
        <source>Discard unsaved text</source>
        <translation>Ýatda saklanmadyk teksti taşla</translation>
    </message>
    <message numerus="yes">
        <source>Throw away the unsaved text of %n meetings? This cannot be undone.</source>
        <translation>
            <numerusform>%n mejlisiň ýatda saklanmadyk teksti taşlansynmy? Muny yzyna alyp bolmaýar.</numerusform>
            <numerusform>%n mejlisiň ýatda saklanmadyk teksti taşlansynmy? Muny yzyna alyp bolmaýar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taşla</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Plan implementation</source>
        <translation>Meýilnamanyň ýerine ýetirilişi</translation>
    </message>
    <message>
        <source>per plan: measures by status and by lead organization, overdue measures, progress reported in the period</source>
        <translation>her meýilnama boýunça: ýagdaýy we jogapkär gurama boýunça çäreler, möhleti geçen çäreler, döwür içinde hasabat berlen ýerine ýetirilişi</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Maslahatlar</translation>
    </message>
    <message>
        <source>by position, implementation status, SDG and theme; recommendations not linked to any measure</source>
        <translation>garaýyş, ýerine ýetirilişiniň ýagdaýy, DÖM we mowzuk boýunça; hiç bir çärä baglanyşdyrylmadyk maslahatlar</translation>
    </message>
    <message>
        <source>Action items from meetings</source>
        <translation>Mejlisleriň tabşyryklary</translation>
    </message>
    <message>
        <source>open and overdue action items grouped by responsible organization (period: due date)</source>
        <translation>jogapkär gurama boýunça toparlanan açyk we möhleti geçen tabşyryklar (döwür: möhleti)</translation>
    </message>
    <message>
        <source>The Commission&apos;s year</source>
        <translation>Toparyň ýyly</translation>
    </message>
    <message>
        <source>meetings held, decisions taken, reports submitted, plans, and the work plan for the next year</source>
        <translation>geçirilen mejlisler, kabul edilen kararlar, tabşyrylan hasabatlar, meýilnamalar we indiki ýyl üçin iş meýilnamasy</translation>
    </message>
    <message>
        <source>What each organization owes</source>
        <translation>Her guramanyň ýerine ýetirmeli işleri</translation>
    </message>
    <message>
        <source>a summary of every organization, then one page each: open action items, measures due, reports not submitted, what is overdue</source>
        <translation>her guramanyň jemi, soňra her biri üçin bir sahypa: açyk tabşyryklar, möhleti gelýän çäreler, tabşyrylmadyk hasabatlar, möhleti geçenler</translation>
    </message>
    <message>
        <source>Reading the minutes…</source>
        <translation>Teswirnama okalýar…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Sahypalar ýerleşdirilýär…</translation>
    </message>
    <message>
        <source>Gathering the data…</source>
        <translation>Maglumatlar ýygnalýar…</translation>
    </message>
    <message>
        <source>Action items: open and overdue</source>
        <translation>Tabşyryklar: açyk we möhleti geçen</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>{date} senesine görä</translation>
    </message>
    <message>
        <source>Due: {period}</source>
        <translation>Möhleti: {period}</translation>
    </message>
    <message>
        <source>Open action items: {open} · overdue: {overdue}</source>
        <translation>Açyk tabşyryklar: {open} · möhleti geçen: {overdue}</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Açyk tabşyryk ýok.</translation>
    </message>
    <message>
        <source>By organization</source>
        <translation>Guramalar boýunça</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Gurama</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açyk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Möhleti geçen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jemi</translation>
    </message>
    <message>
        <source>An action item shared by several organizations is listed under each of them; the totals count it once.</source>
        <translation>Birnäçe gurama bilelikde tabşyrylan tabşyryk olaryň her biriniň aşagynda görkezilýär; jemlerde ol bir gezek hasaplanýar.</translation>
    </message>
    <message>
        <source>Overdue action items by organization</source>
        <translation>Guramalar boýunça möhleti geçen tabşyryklar</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Maglumat ýok</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>möhleti geçen</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>Bilelikde: {names}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Mejlis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tabşyryk</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Results of the Commission&apos;s work for {year} and the tasks for {next}</source>
        <translation>Toparyň {year} ýyldaky işiniň netijeleri we {next} ýyl üçin wezipeler</translation>
    </message>
    <message>
        <source>National reports page</source>
        <translation>Milli hasabatlar sahypasy</translation>
    </message>
    <message>
        <source>Concluding observations</source>
        <translation>Jemleýji bellikler</translation>
    </message>
    <message>
        <source>Treaty schedule</source>
        <translation>Şertnama boýunça tertip</translation>
    </message>
    <message>
        <source>Meetings held: {count}</source>
        <translation>Geçirilen mejlisler: {count}</translation>
    </message>
    <message>
        <source>Decisions taken: {count}</source>
        <translation>Kabul edilen kararlar: {count}</translation>
    </message>
    <message>
        <source>National reports submitted: {count}</source>
        <translation>Tabşyrylan milli hasabatlar: {count}</translation>
    </message>
    <message>
        <source>1. Meetings held</source>
        <translation>1. Geçirilen mejlisler</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Senesi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Kararlar</translation>
    </message>
    <message>
        <source>Actions open / all</source>
        <translation>Tabşyryklar açyk / jemi</translation>
    </message>
    <message>
        <source>Meetings by kind</source>
        <translation>Görnüşleri boýunça mejlisler</translation>
    </message>
    <message>
        <source>Meetings by kind: {counts}.</source>
        <translation>Görnüşleri boýunça mejlisler: {counts}.</translation>
    </message>
    <message>
        <source>No meeting was held in this year.</source>
        <translation>Bu ýylda mejlis geçirilmedi.</translation>
    </message>
    <message>
        <source>2. Decisions taken</source>
        <translation>2. Kabul edilen kararlar</translation>
    </message>
    <message>
        <source>No decision was recorded in this year.</source>
        <translation>Bu ýylda karar hasaba alynmady.</translation>
    </message>
    <message>
        <source>3. National reports submitted</source>
        <translation>3. Tabşyrylan milli hasabatlar</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Edara</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Hasabat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Tabşyryldy</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Jogapkär</translation>
    </message>
    <message>
        <source>No national report was submitted in this year.</source>
        <translation>Bu ýylda milli hasabat tabşyrylmady.</translation>
    </message>
    <message>
        <source>Reports calendar for {year}</source>
        <translation>{year} ýyl üçin hasabatlaryň senenamasy</translation>
    </message>
    <message>
        <source>Source of the date</source>
        <translation>Möhletiň çeşmesi</translation>
    </message>
    <message>
        <source>Dates from the treaty follow the ratification dates and reporting cycles entered on the National reports page; a committee&apos;s own date in its concluding observations replaces them.</source>
        <translation>Şertnama boýunça möhletler Milli hasabatlar sahypasynda girizilen ratifikasiýa seneleri we hasabat tapgyrlary boýunça hasaplanýar; komitetiň jemleýji belliklerinde kesgitlän möhleti olaryň ornuny tutýar.</translation>
    </message>
    <message>
        <source>No report is due in {year}.</source>
        <translation>{year} ýylda tabşyrylmaly hasabat ýok.</translation>
    </message>
    <message>
        <source>4. Implementation of plans in {year}</source>
        <translation>4. Meýilnamalaryň {year} ýylda ýerine ýetirilişi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Meýilnama</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Döwür</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Çäreler</translation>
    </message>
    <message>
        <source>Due in the year</source>
        <translation>Möhleti şu ýylda</translation>
    </message>
    <message>
        <source>Of these completed</source>
        <translation>Olardan ýerine ýetirileni</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Ýerine ýetirilişi barada hasabatlar</translation>
    </message>
    <message>
        <source>No plan covers this year.</source>
        <translation>Bu ýyly öz içine alýan meýilnama ýok.</translation>
    </message>
    <message>
        <source>5. Plan of work for {year}</source>
        <translation>5. {year} ýyl üçin iş meýilnamasy</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tabşyryk</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>This plan has no measures.</source>
        <translation>Bu meýilnamada çäre ýok.</translation>
    </message>
    <message>
        <source>No work plan for {year} has been recorded.</source>
        <translation>{year} ýyl üçin iş meýilnamasy hasaba alynmandyr.</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>{date} senesine görä</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>{date} senesinden başlap</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>{date} senesine çenli</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>ähli seneler</translation>
    </message>
    <message>
        <source>Secretariat of the Interministerial Commission — printed {date}</source>
        <translation>Pudagara toparyň sekretariaty — {date} senesinde çap edildi</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Sahypa {n} / {total}</translation>
    </message>
    <message>
        <source>Outstanding tasks by organization</source>
        <translation>Guramalar boýunça ýerine ýetirilmedik wezipeler</translation>
    </message>
    <message>
        <source>Measures due by {date}</source>
        <translation>{date} senesine çenli möhleti gelýän çäreler</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Gysgaça mazmuny</translation>
    </message>
    <message>
        <source>Measures owed</source>
        <translation>Ýerine ýetirilmeli çäreler</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Möhleti geçen çäreler</translation>
    </message>
    <message>
        <source>Action items open / overdue</source>
        <translation>Tabşyryklar açyk / möhleti geçen</translation>
    </message>
    <message>
        <source>Reports due / overdue</source>
        <translation>Hasabatlar möhleti gelýän / möhleti geçen</translation>
    </message>
    <message>
        <source>A measure or action item shared by several organizations is counted under each of them, so the totals may exceed the number of distinct tasks.</source>
        <translation>Birnäçe gurama bilelikde degişli çäre ýa-da tabşyryk olaryň her biriniň aşagynda hasaplanýar, şonuň üçin jemler aýry-aýry wezipeleriň sanyndan köp bolup biler.</translation>
    </message>
    <message>
        <source>Open action items: {count}</source>
        <translation>Açyk tabşyryklar: {count}</translation>
    </message>
    <message>
        <source>Plan measures due: {count}</source>
        <translation>Möhleti gelýän meýilnama çäreleri: {count}</translation>
    </message>
    <message>
        <source>National reports not yet submitted: {count}</source>
        <translation>Entek tabşyrylmadyk milli hasabatlar: {count}</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>Möhleti geçen: {count}</translation>
    </message>
    <message>
        <source>Action items from meetings of the Commission</source>
        <translation>Toparyň mejlisleriniň tabşyryklary</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ýok.</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Meýilnamalaryň çäreleri</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Çäre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roly</translation>
    </message>
    <message>
        <source>Indicator reports</source>
        <translation>Görkeziji hasabatlary</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>berilmedi</translation>
    </message>
    <message>
        <source>due</source>
        <translation>möhleti gelýär</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Görkeziji</translation>
    </message>
    <message>
        <source>National reports</source>
        <translation>Milli hasabatlar</translation>
    </message>
    <message numerus="yes">
        <source>The organization is also responsible for %n UN recommendations that are not yet implemented.</source>
        <translation>
            <numerusform>Gurama şeýle hem entek ýerine ýetirilmedik BMG-niň %n maslahaty üçin jogapkär.</numerusform>
            <numerusform>Gurama şeýle hem entek ýerine ýetirilmedik BMG-niň %n maslahaty üçin jogapkär.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization has outstanding tasks.</source>
        <translation>Hiç bir guramanyň ýerine ýetirilmedik wezipesi ýok.</translation>
    </message>
    <message>
        <source>Plan implementation report</source>
        <translation>Meýilnamanyň ýerine ýetirilişi barada hasabat</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Döwür: {period}</translation>
    </message>
    <message>
        <source>adopted {date}</source>
        <translation>{date} senesinde kabul edildi</translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <translation>
            <numerusform>%n çäre</numerusform>
            <numerusform>%n çäre</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>Ýagdaýy boýunça çäreler</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Paýy</translation>
    </message>
    <message>
        <source>Measures by lead organization</source>
        <translation>Jogapkär gurama boýunça çäreler</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ýerine ýetirildi</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ýerine ýetirilýär</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlanmadyk</translation>
    </message>
    <message>
        <source>A measure with several lead organizations counts under each of them, so the totals exceed the plan&apos;s measures.</source>
        <translation>Birnäçe jogapkär guramasy bolan çäre olaryň her biriniň aşagynda hasaplanýar, şonuň üçin jemler meýilnamanyň çäreleriniň sanyndan köp bolýar.</translation>
    </message>
    <message>
        <source>Overdue measures by lead organization</source>
        <translation>Jogapkär gurama boýunça möhleti geçen çäreler</translation>
    </message>
    <message>
        <source>No lead organization is recorded for these measures.</source>
        <translation>Bu çäreler üçin jogapkär gurama hasaba alynmandyr.</translation>
    </message>
    <message>
        <source>Overdue measures ({count})</source>
        <translation>Möhleti geçen çäreler ({count})</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Jogapkär ýerine ýetiriji</translation>
    </message>
    <message>
        <source>No measure of this plan is overdue.</source>
        <translation>Bu meýilnamanyň möhleti geçen çäresi ýok.</translation>
    </message>
    <message>
        <source>Progress reported {period} ({count})</source>
        <translation>Hasabat berlen ýerine ýetirilişi: {period} ({count})</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Hasabat beren</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ýerine ýetirilişi</translation>
    </message>
    <message>
        <source>No progress was reported in the period {period}.</source>
        <translation>{period} döwründe ýerine ýetirilişi barada hasabat berilmedi.</translation>
    </message>
    <message>
        <source>Progress reported: {period}</source>
        <translation>Hasabat berlen ýerine ýetirilişi: {period}</translation>
    </message>
    <message>
        <source>Organization: {name}</source>
        <translation>Gurama: {name}</translation>
    </message>
    <message>
        <source>No plan matches the filters.</source>
        <translation>Süzgüçlere gabat gelýän meýilnama ýok.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Umumy syn</translation>
    </message>
    <message>
        <source>Recommendations report</source>
        <translation>Maslahatlar barada hasabat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoriýa</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Sany</translation>
    </message>
    <message>
        <source>Mechanism: {name}</source>
        <translation>Mehanizm: {name}</translation>
    </message>
    <message>
        <source>Responsible organization: {name}</source>
        <translation>Jogapkär gurama: {name}</translation>
    </message>
    <message>
        <source>Recommendations: {count}</source>
        <translation>Maslahatlar: {count}</translation>
    </message>
    <message>
        <source>answered by at least one plan measure: {count}</source>
        <translation>iň bolmanda bir meýilnama çäresi bilen jogap berlen: {count}</translation>
    </message>
    <message>
        <source>not yet linked to any measure: {count}</source>
        <translation>entek hiç bir çärä baglanyşdyrylmadyk: {count}</translation>
    </message>
    <message>
        <source>By position of the State</source>
        <translation>Döwletiň garaýşy boýunça</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Garaýyş</translation>
    </message>
    <message>
        <source>By implementation status</source>
        <translation>Ýerine ýetirilişiniň ýagdaýy boýunça</translation>
    </message>
    <message>
        <source>By Sustainable Development Goal</source>
        <translation>Durnukly ösüş maksady boýunça</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>DÖM</translation>
    </message>
    <message>
        <source>A recommendation may serve several goals and counts under each of them, so the shares may add up to more than 100%.</source>
        <translation>Maslahat birnäçe maksada hyzmat edip biler we olaryň her biriniň aşagynda hasaplanýar, şonuň üçin paýlaryň jemi 100%-den köp bolup biler.</translation>
    </message>
    <message>
        <source>By SDG target</source>
        <translation>DÖM-iň wezipeleri boýunça</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Wezipe</translation>
    </message>
    <message>
        <source>Only the targets named at least once are listed; a recommendation may serve several targets and counts under each of them.</source>
        <translation>Diňe azyndan bir gezek görkezilen wezipeler sanalýar; teklip birnäçe wezipä degişli bolup biler we olaryň her biriniň astynda hasaba alynýar.</translation>
    </message>
    <message>
        <source>The {count} first of {all} targets named are shown.</source>
        <translation>Görkezilen {all} wezipeden ilkinji {count} sanysy görkezildi.</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Tema boýunça</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Mowzuk</translation>
    </message>
    <message>
        <source>A recommendation with several themes counts under each of them, so the shares may add up to more than 100%.</source>
        <translation>Birnäçe temasy bolan maslahat olaryň her biriniň aşagynda hasaplanýar, şonuň üçin paýlaryň jemi 100%-den köp bolup biler.</translation>
    </message>
    <message>
        <source>The {count} most frequent of {all} themes are shown.</source>
        <translation>{all} mowzugyň iň köp gabat gelýän {count} sanysy görkezildi.</translation>
    </message>
    <message>
        <source>Recommendations not yet linked to any measure ({count})</source>
        <translation>Entek hiç bir çärä baglanyşdyrylmadyk maslahatlar ({count})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Salgylanma</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Maslahat</translation>
    </message>
    <message>
        <source>Every recommendation is answered by at least one measure.</source>
        <translation>Her maslahata iň bolmanda bir çäre bilen jogap berilýär.</translation>
    </message>
    <message>
        <source>No organization assigned</source>
        <translation>Gurama bellenmedik</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Hasabat taýýarlanýar…</translation>
    </message>
</context>
<context>
    <name>sdg</name>
    <message>
        <source>No poverty</source>
        <translation>Garyplygy ýok etmek</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Açlygy ýok etmek</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Berk saglyk we abadançylyk</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Hilli bilim</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Gender deňligi</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Arassa suw we arassaçylyk</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Elýeterli we arassa energiýa</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Mynasyp iş we ykdysady ösüş</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Senagatlaşdyrma, innowasiýalar we infrastruktura</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Deňsizligi azaltmak</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Durnukly şäherler we ilatly ýerler</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Jogapkärli sarp ediş we önümçilik</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Howanyň üýtgemegine garşy göreş</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Deňiz ekoulgamlaryny gorap saklamak</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Gury ýer ekoulgamlaryny gorap saklamak</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Parahatçylyk, adalat we netijeli institutlar</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Durnukly ösüş üçin hyzmatdaşlyk</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>Meetings</source>
        <translation>Mejlisler</translation>
    </message>
    <message>
        <source>Minutes and agenda items</source>
        <translation>Teswirnamalar we gün tertibiniň meseleleri</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Kararlar</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Meýilnamalaryň çäreleri</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Ýerine ýetirilişi barada hasabatlar</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Maslahatlar</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Guramalar</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Action items cannot be sorted by {key!r}.</source>
        <translation>Tabşyryklary {key!r} boýunça tertiplemek bolmaýar.</translation>
    </message>
    <message>
        <source>Unknown action item filter {state!r}.</source>
        <translation>{state!r} tabşyryk süzgüji näbelli.</translation>
    </message>
    <message>
        <source>Only a database stored in a file can be backed up.</source>
        <translation>Diňe faýlda saklanýan maglumatlar binýadynyň ätiýaçlyk nusgasyny almak bolýar.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>Iň bolmanda bir ätiýaçlyk nusgasy saklanmaly.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself.</source>
        <translation>Ätiýaçlyk nusgasyny maglumatlar binýadynyň özüniň üstünden ýazmak bolmaýar.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe); a backup is never written over it.</source>
        <translation>{path} adaty faýl däl (enjam ýa-da kanal); ätiýaçlyk nusgasy hiç haçan onuň üstünden ýazylmaýar.</translation>
    </message>
    <message>
        <source>{path} already exists and is not a backup of this database; it was left as it was. Choose another name, or replace it on purpose (--force).</source>
        <translation>{path} eýýäm bar we şu maglumatlar binýadynyň ätiýaçlyk nusgasy däl; ol öňküsi ýaly galdyryldy. Başga at saýlaň ýa-da ony bilkastlaýyn çalyşyň (--force).</translation>
    </message>
    <message>
        <source>Database restored from {source}</source>
        <translation>Maglumatlar binýady {source} nusgasyndan dikeldildi</translation>
    </message>
    <message>
        <source>; the database as it was before is kept at {aside}</source>
        <translation>; maglumatlar binýadynyň öňki ýagdaýy {aside} ýerinde saklanýar</translation>
    </message>
    <message>
        <source>There was no database before this restore to put back.</source>
        <translation>Bu dikeltmeden öň yzyna goýar ýaly maglumatlar binýady ýokdy.</translation>
    </message>
    <message>
        <source>{what} #{id} does not exist (it may have been deleted).</source>
        <translation>{what} #{id} ýok (ol pozulan bolmagy mümkin).</translation>
    </message>
    <message>
        <source>{what} was changed by someone else while you were editing it. Reload it to see their changes, or save yours over them.</source>
        <translation>{what} siz üýtgedip durkaňyz başga biri tarapyndan üýtgedildi. Olaryň üýtgeşmelerini görmek üçin täzeden ýükläň ýa-da öz üýtgeşmeleriňizi olaryň üstünden ýatda saklaň.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid {field}; expected one of: {allowed}.</source>
        <translation>{value!r} dogry {field} däl; şulardan biri garaşylýar: {allowed}.</translation>
    </message>
    <message>
        <source>{label} must not be empty.</source>
        <translation>{label} boş bolmaly däl.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown fields: {fields}.</source>
        <translation>
            <numerusform>Näbelli meýdanlar: {fields}.</numerusform>
            <numerusform>Näbelli meýdanlar: {fields}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database already holds meetings; the demo needs an empty one.</source>
        <translation>Maglumatlar binýadynda eýýäm mejlisler bar; görkezme maglumatlary üçin boş binýat gerek.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Gurama</translation>
    </message>
    <message>
        <source>This organization</source>
        <translation>Bu gurama</translation>
    </message>
    <message>
        <source>An organization cannot be part of itself.</source>
        <translation>Gurama özüniň bölegi bolup bilmeýär.</translation>
    </message>
    <message>
        <source>Organizations cannot be sorted by {key!r}.</source>
        <translation>Guramalary {key!r} boýunça tertiplemek bolmaýar.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Bu adam</translation>
    </message>
    <message>
        <source>A draft needs the record and the field it belongs to.</source>
        <translation>Taslama üçin onuň degişli ýazgysy we meýdany gerek.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long to keep as a draft (%n characters).</source>
        <translation>
            <numerusform>Tekst taslama hökmünde saklamak üçin gaty uzyn (%n nyşan).</numerusform>
            <numerusform>Tekst taslama hökmünde saklamak üçin gaty uzyn (%n nyşan).</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema is at revision {current}, expected {head}.</source>
        <translation>Shema {current} redaksiýasynda, {head} garaşylýar.</translation>
    </message>
    <message>
        <source>An import layout needs a kind and a signature.</source>
        <translation>Import tertibi üçin görnüş we gol gerek.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Mejlis</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Mejlis üçin sene gerek.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>Mejlis başlamazdan öň tamamlanyp bilmeýär.</translation>
    </message>
    <message>
        <source>The minutes of meeting {ref} are approved and locked. Reopen them first (the reopening is recorded).</source>
        <translation>{ref} belgili mejlisiň teswirnamasy tassyklanyp gulplandy. Ilki ony täzeden açyň (täzeden açylmagy hasaba alynýar).</translation>
    </message>
    <message>
        <source>Meeting number {number} of {year} is already used.</source>
        <translation>{year} ýylyň {number} belgili mejlisi eýýäm bar.</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Bu mejlis</translation>
    </message>
    <message>
        <source>Meeting #{id} does not exist (it may have been deleted).</source>
        <translation>#{id} mejlis ýok (ol pozulan bolmagy mümkin).</translation>
    </message>
    <message>
        <source>Give a meeting as an id (12) or as YEAR/NUMBER (2024/1).</source>
        <translation>Mejlisi id (12) ýa-da ÝYL/BELGI (2024/1) görnüşinde görkeziň.</translation>
    </message>
    <message>
        <source>There is no meeting {ref}.</source>
        <translation>{ref} belgili mejlis ýok.</translation>
    </message>
    <message>
        <source>Say why the approved minutes are reopened.</source>
        <translation>Tassyklanan teswirnamanyň näme üçin täzeden açylýandygyny görkeziň.</translation>
    </message>
    <message>
        <source>Approved minutes reopened: {reason}</source>
        <translation>Tassyklanan teswirnama täzeden açyldy: {reason}</translation>
    </message>
    <message>
        <source>Choose a person or an organization.</source>
        <translation>Adamy ýa-da guramany saýlaň.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Gatnaşyk</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Gün tertibiniň meselesi</translation>
    </message>
    <message>
        <source>That agenda item belongs to another meeting.</source>
        <translation>Gün tertibiniň bu meselesi başga mejlise degişli.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>One of the responsible organizations does not exist.</source>
        <translation>Jogapkär guramalaryň biri ýok.</translation>
    </message>
    <message>
        <source>The agenda already has the review of action items (item {position}).</source>
        <translation>Gün tertibinde tabşyryklaryň syny eýýäm bar ({position} mesele).</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tabşyryk</translation>
    </message>
    <message>
        <source>This action item</source>
        <translation>Bu tabşyryk</translation>
    </message>
    <message>
        <source>Only the action items of earlier meetings are reviewed at a meeting.</source>
        <translation>Mejlisde diňe öňki mejlisleriň tabşyryklaryna seredilýär.</translation>
    </message>
    <message>
        <source>Give the new due date of the carried-over action item.</source>
        <translation>Beýleki möhlete geçirilen tabşyrygyň täze möhletini görkeziň.</translation>
    </message>
    <message>
        <source>The new due date must be after the meeting ({date}).</source>
        <translation>Täze möhlet mejlisden ({date}) soň bolmaly.</translation>
    </message>
    <message>
        <source>Say why the action item is dropped.</source>
        <translation>Tabşyrygyň näme üçin aýrylýandygyny görkeziň.</translation>
    </message>
    <message>
        <source>This action item is no longer open (it is marked {status} elsewhere).</source>
        <translation>Bu tabşyryk indi açyk däl (ol başga ýerde {status} diýlip bellendi).</translation>
    </message>
    <message>
        <source>One of the plan measures does not exist any more.</source>
        <translation>Meýilnamanyň çäreleriniň biri indi ýok.</translation>
    </message>
    <message>
        <source>One of the recommendations does not exist any more.</source>
        <translation>Maslahatlaryň biri indi ýok.</translation>
    </message>
    <message>
        <source>Meeting {ref} restored after being deleted</source>
        <translation>Pozulan {ref} belgili mejlis dikeldildi</translation>
    </message>
    <message>
        <source>Choose at least one other organization to merge into this one.</source>
        <translation>Şu gurama birleşdirmek üçin iň bolmanda başga bir guramany saýlaň.</translation>
    </message>
    <message>
        <source>Merged {names} into {kept}</source>
        <translation>{names} {kept} bilen birleşdirildi</translation>
    </message>
    <message>
        <source>The UN body</source>
        <translation>BMG-niň edarasy</translation>
    </message>
    <message>
        <source>The reporting period ends before it starts.</source>
        <translation>Hasabat döwri başlamazdan öň tamamlanýar.</translation>
    </message>
    <message>
        <source>The submission date is in the future; a report can only be marked as submitted once it has been sent.</source>
        <translation>Tabşyrylan senesi geljekde; hasabaty diňe iberilenden soň tabşyryldy diýip bellemek bolýar.</translation>
    </message>
    <message>
        <source>National report</source>
        <translation>Milli hasabat</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Bu hasabat</translation>
    </message>
    <message>
        <source>Reports cannot be sorted by {key!r}.</source>
        <translation>Hasabatlary {key!r} boýunça tertiplemek bolmaýar.</translation>
    </message>
    <message>
        <source>The plan period ends before it starts.</source>
        <translation>Meýilnamanyň döwri başlamazdan öň tamamlanýar.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Meýilnama</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Bu meýilnama</translation>
    </message>
    <message>
        <source>There is no plan called {name!r}.</source>
        <translation>{name!r} atly meýilnama ýok.</translation>
    </message>
    <message>
        <source>A section needs a title or a number.</source>
        <translation>Bölüm üçin at ýa-da belgi gerek.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <source>The parent section belongs to another plan.</source>
        <translation>Ýokary bölüm başga meýilnama degişli.</translation>
    </message>
    <message>
        <source>One of the organizations does not exist.</source>
        <translation>Guramalaryň biri ýok.</translation>
    </message>
    <message>
        <source>The measure number</source>
        <translation>Çäräniň belgisi</translation>
    </message>
    <message>
        <source>The plan already has a measure {number}.</source>
        <translation>Meýilnamada eýýäm {number} belgili çäre bar.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Çäre</translation>
    </message>
    <message>
        <source>This measure</source>
        <translation>Bu çäre</translation>
    </message>
    <message>
        <source>The reporting frequency is a number of months from 1 to 120.</source>
        <translation>Hasabatyň ýygylygy 1-den 120-ä çenli aýlaryň sany bolmaly.</translation>
    </message>
    <message>
        <source>An indicator needs a start date.</source>
        <translation>Görkeziji üçin başlanýan sene gerek.</translation>
    </message>
    <message>
        <source>An indicator needs an end date.</source>
        <translation>Görkeziji üçin tamamlanýan sene gerek.</translation>
    </message>
    <message>
        <source>The indicator cannot end before it starts.</source>
        <translation>Görkeziji başlanmazdan öň tamamlanyp bilmez.</translation>
    </message>
    <message>
        <source>The indicator</source>
        <translation>Görkeziji</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Görkeziji</translation>
    </message>
    <message>
        <source>This indicator</source>
        <translation>Bu görkeziji</translation>
    </message>
    <message>
        <source>A progress report needs a date.</source>
        <translation>Ýerine ýetirilişi barada hasabat üçin sene gerek.</translation>
    </message>
    <message>
        <source>The progress report text</source>
        <translation>Ýerine ýetirilişi baradaky hasabatyň teksti</translation>
    </message>
    <message>
        <source>{date} is not a reporting date of this indicator.</source>
        <translation>{date} bu görkezijiniň hasabat senesi däl.</translation>
    </message>
    <message>
        <source>Measures cannot be sorted by {key!r}.</source>
        <translation>Çäreleri {key!r} boýunça tertiplemek bolmaýar.</translation>
    </message>
    <message>
        <source>A section can only be moved within its own plan.</source>
        <translation>Bölümi diňe öz meýilnamasynyň içinde süýşürmek bolýar.</translation>
    </message>
    <message>
        <source>A section cannot be put inside itself.</source>
        <translation>Bölümi öz içine goýmak bolmaýar.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Ýerine ýetirilişi barada hasabat</translation>
    </message>
    <message>
        <source>Deleted measure {number} restored</source>
        <translation>Pozulan {number} belgili çäre dikeldildi</translation>
    </message>
    <message>
        <source>SDG goals are numbered 1 to 17; got {bad}.</source>
        <translation>DÖM maksatlary 1-den 17-ä çenli belgilenýär; {bad} berildi.</translation>
    </message>
    <message>
        <source>One of the measures does not exist.</source>
        <translation>Çäreleriň biri ýok.</translation>
    </message>
    <message>
        <source>The recommendation text</source>
        <translation>Maslahatyň teksti</translation>
    </message>
    <message>
        <source>Recommendation {para} of {body} (cycle {cycle}) is already recorded.</source>
        <translation>{body} edarasynyň {para} belgili maslahaty ({cycle} tapgyr) eýýäm hasaba alnan.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Maslahat</translation>
    </message>
    <message>
        <source>This recommendation</source>
        <translation>Bu maslahat</translation>
    </message>
    <message>
        <source>Another recommendation already has that number.</source>
        <translation>Başga bir maslahatda eýýäm şol belgi bar.</translation>
    </message>
    <message>
        <source>One of the recommendations does not exist.</source>
        <translation>Maslahatlaryň biri ýok.</translation>
    </message>
    <message>
        <source>Recommendations cannot be sorted by {key!r}.</source>
        <translation>Maslahatlary {key!r} boýunça tertiplemek bolmaýar.</translation>
    </message>
    <message>
        <source>Select at least one recommendation.</source>
        <translation>Iň bolmanda bir maslahaty saýlaň.</translation>
    </message>
    <message>
        <source>A meeting can approve only the minutes of an earlier meeting.</source>
        <translation>Mejlis diňe öňki mejlisiň teswirnamasyny tassyklap biler.</translation>
    </message>
    <message>
        <source>This agenda item names no minutes to approve.</source>
        <translation>Gün tertibiniň bu meselesinde tassyklanmaly teswirnama görkezilmedi.</translation>
    </message>
    <message>
        <source>The minutes of meeting {ref} are already approved.</source>
        <translation>{ref} belgili mejlisiň teswirnamasy eýýäm tassyklandy.</translation>
    </message>
    <message>
        <source>Minutes approved at meeting {ref}</source>
        <translation>Teswirnama {ref} belgili mejlisde tassyklandy</translation>
    </message>
    <message>
        <source>As saved before</source>
        <translation>Öň ýatda saklanyşy ýaly</translation>
    </message>
    <message>
        <source>HEARD</source>
        <translation>DIŇLENILDI</translation>
    </message>
    <message>
        <source>SPOKE</source>
        <translation>ÇYKYŞ ETDILER</translation>
    </message>
    <message>
        <source>DECIDED</source>
        <translation>KARAR EDILDI</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Redaksiýa</translation>
    </message>
    <message>
        <source>Both revisions must be of the same minutes.</source>
        <translation>Iki redaksiýa hem şol bir teswirnama degişli bolmaly.</translation>
    </message>
    <message>
        <source>Restored from revision {number}</source>
        <translation>{number} redaksiýadan dikeldildi</translation>
    </message>
    <message>
        <source>Say to whom the minutes were sent.</source>
        <translation>Teswirnamanyň kime iberilendigini görkeziň.</translation>
    </message>
    <message>
        <source>The minutes to circulate must be a PDF.</source>
        <translation>Ýaýradyljak teswirnama PDF bolmaly.</translation>
    </message>
    <message>
        <source>Give the date the minutes were sent.</source>
        <translation>Teswirnamanyň iberilen senesini görkeziň.</translation>
    </message>
    <message>
        <source>The minutes cannot be sent before the meeting was held.</source>
        <translation>Teswirnamany mejlis geçirilmezden öň iberip bolmaz.</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Ýaýradyldy</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Ýaýratmak</translation>
    </message>
    <message>
        <source>Unknown name of the Commission: {keys}.</source>
        <extracomment>For each language, the others in the order a reader of it would rather have them. The fields that have a form per language, by model name.</extracomment>
        <translation>Toparyň näbelli ady: {keys}.</translation>
    </message>
    <message>
        <source>This is a local file; use the ordinary backup and restore.</source>
        <translation>Bu ýerli faýl; adaty ätiýaçlyk nusgasyny we dikeltmegi ulanyň.</translation>
    </message>
    <message>
        <source>{path} already exists; it was left as it was. Choose another name.</source>
        <extracomment>Told the step being started (a short text); may raise to stop: nothing is then written.</extracomment>
        <translation>{path} eýýäm bar; ol öňküsi ýaly galdyryldy. Başga at saýlaň.</translation>
    </message>
    <message>
        <source>This database is itself a checked-out copy; check meetings out from the database they came from.</source>
        <translation>Bu maglumatlar binýadynyň özi alnan nusgadyr; mejlisleri olaryň alnan maglumatlar binýadyndan alyň.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>{folder} bukjasyny döredip bolmaýar: {error}</translation>
    </message>
    <message>
        <source>Meeting {ref} is already checked out to {who} since {since}; it can be checked out again once that copy is checked in.</source>
        <translation>{ref} mejlisi {since} bäri {who} tarapyndan alnandyr; ol nusga yzyna gaýtarylandan soň ony ýene alyp bolar.</translation>
    </message>
    <message>
        <source>Reading the meeting…</source>
        <translation>Mejlis okalýar…</translation>
    </message>
    <message>
        <source>Meeting {ref} checked out to {who} ({file})</source>
        <translation>{ref} mejlisi {who} tarapyndan alyndy ({file})</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Nusga ýazylýar…</translation>
    </message>
    <message>
        <source>That meeting is not checked out.</source>
        <translation>Bu mejlis torsuz işlemek üçin alynmandyr.</translation>
    </message>
    <message>
        <source>Check-out of meeting {ref} to {who} cancelled</source>
        <translation>{ref} mejlisiniň {who} tarapyndan alnyşy ýatyryldy</translation>
    </message>
    <message>
        <source>Only an administrator may restore a shared database. Nothing was changed.</source>
        <translation>Umumy maglumatlar binýadyny diňe administrator dikeldip biler. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>{where} already holds records, so the snapshot was not loaded and nothing was changed. A snapshot is restored only into an empty shared database: ask the server&apos;s administrator for a new one.</source>
        <translation>{where} binýadynda eýýäm ýazgylar bar, şonuň üçin nusga ýüklenmedi we hiç zat üýtgedilmedi. Nusga diňe boş umumy maglumatlar binýadyna dikeldilýär: serweriň administratoryndan täze binýat soraň.</translation>
    </message>
    <message>
        <source>Loaded from the snapshot {name}</source>
        <translation>{name} nusgasyndan ýüklendi</translation>
    </message>
    <message>
        <source>Logins and roles exist only on a shared database (PostgreSQL); a local file has none.</source>
        <translation>Loginler we roller diňe umumy maglumatlar binýadynda (PostgreSQL) bolýar; ýerli faýlda olar ýok.</translation>
    </message>
    <message>
        <source>{role!r} is not a role; expected reader, editor or admin.</source>
        <translation>{role!r} rol däl; reader, editor ýa-da admin garaşylýar.</translation>
    </message>
    <message>
        <source>{login!r} cannot be a login name: use lower-case Latin letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>{login!r} login ady bolup bilmez: harp bilen başlap, kiçi latyn harplaryny, sanlary, &apos;_&apos;, &apos;.&apos; ýa-da &apos;-&apos; ulanyň.</translation>
    </message>
    <message>
        <source>The roles of this shared database are not set up yet: the database&apos;s owner runs `secretariat --db URL setup-server` first.</source>
        <translation>Bu umumy maglumatlar binýadynyň rollary entek sazlanmadyk: ilki bilen binýadyň eýesi `secretariat --db URL setup-server` buýrugyny işletmeli.</translation>
    </message>
    <message>
        <source>Only an administrator may manage the logins of the shared database. Nothing was changed.</source>
        <translation>Umumy maglumatlar binýadynyň loginlerini diňe administrator dolandyryp biler. Hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Parolda iň azyndan {n} nyşan bolmaly.</translation>
    </message>
    <message>
        <source>There is already a login {login} on this server.</source>
        <translation>Bu serwerde {login} logini eýýäm bar.</translation>
    </message>
    <message>
        <source>There is no login {login} on this database.</source>
        <translation>Bu maglumatlar binýadynda {login} logini ýok.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from your own login; another administrator can.</source>
        <translation>Öz loginiňizden administrator roluny aýyryp bilmersiňiz; muny başga administrator edip biler.</translation>
    </message>
    <message>
        <source>You cannot remove your own login; another administrator can.</source>
        <translation>Öz loginiňizi aýyryp bilmersiňiz; muny başga administrator edip biler.</translation>
    </message>
    <message>
        <source>Changed in the copy</source>
        <translation>Nusgada üýtgedildi</translation>
    </message>
    <message>
        <source>Added in the copy</source>
        <translation>Nusgada goşuldy</translation>
    </message>
    <message>
        <source>Deleted in the copy</source>
        <translation>Nusgada öçürildi</translation>
    </message>
    <message>
        <source>Changed meanwhile on the database, kept</source>
        <translation>Şol wagt maglumatlar binýadynda üýtgedildi, saklanyldy</translation>
    </message>
    <message>
        <source>Changed on both sides (choose which to keep):</source>
        <translation>Iki tarapda-da üýtgedildi (haýsysyny saklamalydygyny saýlaň):</translation>
    </message>
    <message>
        <source>    {field}: copy «{mine}», database «{theirs}»</source>
        <translation>    {field}: nusga «{mine}», maglumatlar binýady «{theirs}»</translation>
    </message>
    <message>
        <source>Meeting {ref}</source>
        <translation>{ref} mejlisi</translation>
    </message>
    <message>
        <source>Agenda item {n}: {title}</source>
        <translation>Gün tertibiniň {n}-nji meselesi: {title}</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>Karar: {text}</translation>
    </message>
    <message>
        <source>Action item: {text}</source>
        <translation>Tabşyryk: {text}</translation>
    </message>
    <message>
        <source>Review of the action item: {text}</source>
        <translation>Tabşyrygyň seredilişi: {text}</translation>
    </message>
    <message>
        <source>Attendance: {who}</source>
        <translation>Gatnaşyk: {who}</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Adam: {name}</translation>
    </message>
    <message>
        <source>Organization: {name}</source>
        <translation>Gurama: {name}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Geçirilýän ýeri</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bellikler</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Diňlenildi</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Çykyş etdiler</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Başlanýar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Tamamlanýar</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Doly ady</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Wezipesi</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Çykyş edýän</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Gatnaşygy</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roly</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Wekili</translation>
    </message>
    <message>
        <source>Note on completion</source>
        <translation>Ýerine ýetirilişi barada bellik</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bellik</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Netijesi</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Başlyk</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretar</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Guramaçysy</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(öçürildi)</translation>
    </message>
    <message>
        <source>The meeting itself was deleted in the copy, so there is nothing to check in; nothing was changed on {origin}.</source>
        <translation>Nusgada mejlisiň özi öçürildi, şonuň üçin yzyna gaýtarar ýaly zat ýok; {origin} maglumatlar binýadynda hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} ýok.</translation>
    </message>
    <message>
        <source>{path} is not a checked-out copy of a meeting.</source>
        <translation>{path} mejlisiň alnan nusgasy däl.</translation>
    </message>
    <message numerus="yes">
        <source>The copy {path} holds text typed but not saved (%n fields). Open the copy, save that text (or discard it), then check in; nothing was changed.</source>
        <translation>
            <numerusform>{path} nusgasynda ýazylan, ýöne saklanmadyk tekst bar (%n meýdança). Nusgany açyň, şol teksti saklaň (ýa-da ondan ýüz öwüriň), soňra yzyna gaýtaryň; hiç zat üýtgedilmedi.</numerusform>
            <numerusform>{path} nusgasynda ýazylan, ýöne saklanmadyk tekst bar (%n meýdança). Nusgany açyň, şol teksti saklaň (ýa-da ondan ýüz öwüriň), soňra yzyna gaýtaryň; hiç zat üýtgedilmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} was already checked in on {when}; nothing was changed.</source>
        <translation>{path} eýýäm {when} yzyna gaýtaryldy; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>This copy is not checked out from {where} (it came from {origin}, or its check-out was cancelled there). Nothing was changed; the copy is kept as it is.</source>
        <translation>Bu nusga {where} maglumatlar binýadyndan alynmandyr (ol {origin} maglumatlar binýadyndan alyndy ýa-da onuň alnyşy şol ýerde ýatyryldy). Hiç zat üýtgedilmedi; nusga bolşy ýaly saklanyldy.</translation>
    </message>
    <message>
        <source>The minutes of meeting {ref} were approved and locked on {where} after the copy was made, so the copy&apos;s changes to them cannot come in. Reopen the minutes there (the button Reopen minutes… in the meeting), then check in again; nothing was changed.</source>
        <translation>{ref} mejlisiniň teswirnamasy nusga alnandan soň {where} maglumatlar binýadynda tassyklanyp gulplandy, şonuň üçin nusgadaky teswirnama üýtgetmelerini kabul edip bolmaýar. Teswirnamany şol ýerde täzeden açyň (mejlisdäki «Teswirnamany täzeden aç…» düwmesi), soňra ýene yzyna gaýtaryň; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>Comparing the copy with the database…</source>
        <extracomment>What approved minutes lock (action items stay editable after approval, as in the editor).</extracomment>
        <translation>Nusga maglumatlar binýady bilen deňeşdirilýär…</translation>
    </message>
    <message numerus="yes">
        <source>%n records were changed both in the copy and on the database; choose which version to keep. Nothing was changed.</source>
        <translation>
            <numerusform>%n ýazgy nusgada hem, maglumatlar binýadynda hem üýtgedildi; haýsy görnüşini saklamalydygyny saýlaň. Hiç zat üýtgedilmedi.</numerusform>
            <numerusform>%n ýazgy nusgada hem, maglumatlar binýadynda hem üýtgedildi; haýsy görnüşini saklamalydygyny saýlaň. Hiç zat üýtgedilmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>Yzyna gaýtarylýar…</translation>
    </message>
    <message>
        <source>Before check-in of {file}</source>
        <translation>{file} yzyna gaýtarylmazdan öň</translation>
    </message>
    <message>
        <source>Checked in from {file}</source>
        <translation>{file} faýlyndan yzyna gaýtaryldy</translation>
    </message>
    <message>
        <source>Meeting {ref} checked in from {file} ({who})</source>
        <translation>{ref} mejlisi {file} faýlyndan yzyna gaýtaryldy ({who})</translation>
    </message>
    <message>
        <source>Give the name of the State under review.</source>
        <extracomment>Until an administrator says otherwise, the Commission is Turkmenistan&apos;s.</extracomment>
        <translation>Syn edilýän döwletiň adyny görkeziň.</translation>
    </message>
    <message>
        <source>The name of the State under review is too long.</source>
        <translation>Syn edilýän döwletiň ady gaty uzyn.</translation>
    </message>
    <message>
        <source>Only recommendations, measures and indicators name SDG targets.</source>
        <extracomment>The kinds of record that can name targets, with what a message calls them.</extracomment>
        <translation>DÖM-iň wezipeleri diňe teklipler, çäreler we görkezijiler üçin görkezilýär.</translation>
    </message>
    <message>
        <source>There is no SDG target {codes}.</source>
        <translation>DÖM-iň {codes} wezipesi ýok.</translation>
    </message>
    <message>
        <source>SDG targets: {codes}</source>
        <translation>DÖM-iň wezipeleri: {codes}</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>Already open</source>
        <translation>Eýýäm açyk</translation>
    </message>
    <message>
        <source>%1 is already open in another Secretariat window.

Switch to that window to go on working there. Two windows on one database each show their own view, and what one changes the other shows only after Refresh (F5).</source>
        <translation>%1 Secretariat programmasynyň başga penjiresinde eýýäm açyk.

Işi dowam etmek üçin şol penjirä geçiň. Bir maglumatlar binýadynda açylan iki penjiräniň her biri öz görnüşini görkezýär we biriniň üýtgedenini beýlekisi diňe Täzele (F5) basylandan soň görkezýär.</translation>
    </message>
    <message>
        <source>&amp;Switch to the open window</source>
        <translation>Açyk penjirä &amp;geç</translation>
    </message>
    <message>
        <source>Open a &amp;second window</source>
        <translation>&amp;Ikinji penjiräni aç</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Started: {title}</source>
        <translation>Açyldy: {title}</translation>
    </message>
    <message>
        <source>Opened: {title}</source>
        <translation>Maglumatlar binýady açyldy: {title}</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Maglumatlar binýadyny açyp bolmaýar</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Başga faýly aç…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Ätiýaçlyk nusgasyny dikelt…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Maglumatlar binýadyny aç</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation>Secretariat maglumatlar binýady (*.sqlite *.db);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>No graphical display was found (DISPLAY is not set). Start Secretariat from a desktop session, or use its commands: secretariat --help</source>
        <translation>Grafiki displeý tapylmady (DISPLAY bellenmedik). Secretariat-y iş stoly sessiýasyndan işlediň ýa-da onuň buýruklaryny ulanyň: secretariat --help</translation>
    </message>
    <message>
        <source>Qt needs system libraries that are not installed: {missing}.
On Debian or Ubuntu install them with:
  sudo apt-get install {packages}</source>
        <translation>Qt-a gurnalmadyk ulgam kitaphanalary gerek: {missing}.
Debian ýa-da Ubuntu ulgamynda olary şeýle guruň:
  sudo apt-get install {packages}</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>Meetings</source>
        <translation>Mejlisler</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Meýilnamalaryň çäreleri</translation>
    </message>
    <message>
        <source>UN recommendations</source>
        <translation>BMG-niň maslahatlary</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Guramalar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Adamlar</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Meýilnamalar</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Ýerine ýetirilişi barada hasabatlar</translation>
    </message>
    <message>
        <source>Reports to UN bodies</source>
        <translation>BMG-niň edaralaryna hasabatlar</translation>
    </message>
    <message>
        <source>Reports to UN bodies overdue</source>
        <translation>BMG-niň edaralaryna möhleti geçen hasabatlar</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tabşyryklar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jemi</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Ýagdaýy boýunça</translation>
    </message>
    <message>
        <source>By position</source>
        <translation>Garaýyş boýunça</translation>
    </message>
    <message>
        <source>By mechanism</source>
        <translation>Mehanizm boýunça</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Möhleti geçen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açyk</translation>
    </message>
    <message>
        <source>Deadline not understood</source>
        <translation>Möhlete düşünilmedi</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Yzyna al: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Yzyna al</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gaýtala: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gaýtala</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Cannot do that</source>
        <translation>Muny edip bolmaýar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
</context>
</TS>
