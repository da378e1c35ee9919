<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk_TM" sourcelanguage="en_US">
<context>
    <name>ActionItemsPage</name>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions, meetings, organizations (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open its meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, decision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown · %2 open, %3 overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was done, or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under &amp;decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not tied to a decision —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the action item “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>New agenda item: type its title and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag items, or use Alt+Up and Alt+Down, to reorder the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reports on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing item (carried over to the next meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan measures discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a plan measure by number or words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN recommendations discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a recommendation by paragraph or words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first agenda item on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its minutes and %n decisions are deleted with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agenda item %1, “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Add who attends: type part of an organization&apos;s or a person&apos;s name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role given to the next organization or person added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Represented by…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected lines (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listed: %2 present, %3 absent, %4 represented</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the directory. Add it as a new organization or as a new person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more lines first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who represented them (name and position):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lines removed from the attendance.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details are in the log file (Help → Open log folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is kept as a backup too, so a restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
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
        <source>There are no backups in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up automatically once a day at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of each kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the meeting windows first: what they show would no longer match the restored database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the open database by the backup %1?

The backup is sound and holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last recorded change is from %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes from an older version and will be upgraded after a safety copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything changed since then will be replaced. The database as it is now is kept as a backup, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before is kept at:
%1
To undo, restore that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore cancelled; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that could not be opened is kept at:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %n recommendations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes apply to all %n selected recommendations.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Implementation status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: choose a status or what to do with the responsible organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the organizations to add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed and saved by someone else (another window or another computer) while you were editing it. Nothing of yours is saved yet. Choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: what differs (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs (drop my changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (keep editing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <source>Counts at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line to show only those recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations; %2 linked to plan measures; %3 without a responsible organization.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By implementation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By SDG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By group of persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By responsible organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. Start by creating a meeting (Meetings, Ctrl+N), by importing a spreadsheet (File → Import from Excel…, Ctrl+I), or try the demo data from the command line: secretariat demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to UN bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to UN bodies due in the next 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue reports to UN bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n with minutes approved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 supported, %2 noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due in the next 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsBox</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a decision and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs its text; delete it instead if it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete decision %1, “%2”? The decisions after it are renumbered; its action items stay, no longer tied to a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meeting is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ashgabat, Ministry of Foreign Affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the secretariat (not printed in the minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chaired by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S saves the details and the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 (numbers run per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx, .xlsm). Title rows above the table are fine; the columns are recognised by their titles in English, Russian or Turkmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;: %n rows with content.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is a status questionnaire made by this application for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes, newest first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this meeting, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of the text or the number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n linked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Measures implementing the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations the measure answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat %1

Meetings and minutes, plans and measures, UN recommendations and national reports of the Interministerial Commission.

Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the sheet and what it will be imported as. Correct a column by choosing another field; the correction is remembered for files of the same layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the header row and say which column holds what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layout was seen before: the columns are mapped as you corrected them then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDetail</name>
    <message>
        <source>Progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a measure to see its details, progress and the recommendations it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Not understood: it will be kept exactly as written and flagged for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring, no dates (the plan has no period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as written: 2021-2025, annually, Q2 2024, 31.12.2024, IV кв. 2024…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>&amp;1 Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5 Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;6 History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text kept safe at %1 (Ctrl+S saves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert unsaved changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes — Ctrl+S saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes typed since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the minutes of meeting %1? They will be locked against changes; reopening them later is recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the approved minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are the approved minutes of meeting %1 reopened? (recorded in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are reopened; approve them again when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text typed on %1 was never saved, but these minutes are now approved and locked. Reopen the minutes to use it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text typed on %1 had not been saved when Secretariat closed. It has been put back: check it and press Ctrl+S to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to meeting %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as &amp;last meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting with the attendance and standing agenda of the latest one (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting like the selected one (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the minutes of the selected meeting (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and minutes, in any language (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✎ Unsaved minutes from an earlier session in %n meetings: %1. Click to open them and check the text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of meeting %1 are approved: it cannot be deleted. Open it and reopen the minutes first if it really has to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting %1, “%2”, with its %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one of these organizations. Everything that refers to the others — plan measures, recommendations, meetings, attendance, action items, people, progress reports, reports to UN bodies, sub-organizations — will refer to the one kept, and the others are deleted. The merge is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesPane</name>
    <message>
        <source>HEARD — who reported, on what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPOKE — the discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A. Orazowa reported on the draft Work Plan for 2024…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who spoke and what they proposed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECIDED — decisions numbered within the item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>✎ marks items with text not saved yet (Ctrl+S saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is empty. Add agenda items on the Agenda tab; their minutes are written here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalReportsPage</name>
    <message>
        <source>Reports to UN bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search body, title, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red: overdue (due date passed, not submitted). Orange: due in the next 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due %1 and not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any body</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the report “%1 — %2”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: start with an empty meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new meeting gets the attendance list and the standing agenda items of the meeting chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Regular meeting of the Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is given automatically (the next one in the year); it can be changed in the meeting&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>As the file says (UPR if it says nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal Periodic Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CEDAW (for treaty bodies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the title rows say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CEDAW/C/TKM/CO/6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPR cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, e.g. National Action Plan on Human Rights 2021-2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of reports without a date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the progress reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the file&apos;s &quot;Plan&quot; column says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgChecklist</name>
    <message>
        <source>Type to find an organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization called “%1” in the directory. Choose one from the list, or add it under Organizations first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member of the Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names (any language)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more spellings of one organization and merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — used by: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is used by: %2.

Deleting it removes it from all of these (people and meetings keep their records without it). If it is a duplicate, use Merge instead so nothing is lost. Delete anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? It is not used anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more organizations (Ctrl+click) to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message numerus="yes">
        <source>The database holds %n records here. Screens to work with them are not available in this version yet; the command line can already report on them (secretariat summary).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from (year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;to (year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopting &amp;act:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deadline could not be understood, so it is kept exactly as written and is not counted as overdue. Edit the measure to write it as a year, quarter or date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring, no dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the deadline has passed and the measure is not completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search measures (number, text, indicators; any language)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year the deadline ends in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline passed and the measure is not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline &amp;not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link recommendations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete section “%1”? Its %2 and %3 are kept: they move up one level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subsections</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the whole plan “%1” with all its %n measures and their progress reports? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this progress report? The measure&apos;s status is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to write all of it in one go; a cancelled or failed import writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the rows with errors and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the rows with the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to skip, %4 with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to import: everything is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled. Go back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Export status questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Excel workbook per organization with the plan measures it leads or co-implements and the recommendations it is responsible for. Only the status and progress columns can be filled in; import the returned files with File → Import from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each organization with something to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include completed measures and implemented recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the questionnaires…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaires could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>New recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes, SDGs, responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ssion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending s&amp;tates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Implementation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes (one per line or separated by semicolons):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of persons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainable Development Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible organizations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which body made the recommendation (UPR, CEDAW, …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body / cycle / para.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the measure in its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan measures implementing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text, paragraph, assessment (any language)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any implementation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any SDG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para. starts with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recommendation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status or responsible organizations of all selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any recommending state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any theme or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a recommendation to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recommendations with their links to measures, themes and organizations? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryBar</name>
    <message>
        <source>Discard the recovered text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>New report to a UN body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Third periodic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from (year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period t&amp;o (year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit to a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsibleList</name>
    <message>
        <source>Add a responsible organization: type part of its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the directory. Add it as a new organization?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent the list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bold, italic and underline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… Nothing is kept unless the whole import succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… everything written so far is being undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished: %1 created, %2 updated, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the database changed since the preview and the file now has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed unexpectedly and nothing was written (details are in the log, Help → Open log folder): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level of the plan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, pages, dialogs, dates and numbers are shown in this language. Reports and minutes can still be printed in another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Secretariat. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status &amp;questionnaires…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusHeader</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status back to an earlier step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are approved and locked against changes. The follow-up of action items (status, due date, responsible) can still be recorded. Reopening is recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes &amp;drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve minutes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected %s arguments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option strings: %s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Records of the Interministerial Commission: meetings and minutes, plans and measures, UN recommendations and national reports. Without a command, the application window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the messages (and of the window): tk Turkmen, ru Russian, en English; default: $LANGUAGE or $LANG, else English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file (or SQLAlchemy URL); default: $SECRETARIAT_DB, else secretariat.sqlite in your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the application window (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file (or SQLAlchemy URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database (safe while the application is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a backup of the database. OUT may be a file, or a folder where a timestamped backup is written and older ones beyond --keep are deleted. Without OUT, the backups folder in your data folder is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups to keep in the folder (default: {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a database stored in a file can be backed up or restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database (integrity, references, schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database {where} is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty database with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small: a realistic demo; large: a synthetic database for benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to {where} in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a list to .xlsx, or status questionnaires to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records to an Excel workbook whose columns import back with `secretariat import`. `export questionnaire FOLDER` writes one protected status questionnaire per organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .xlsx file to write (a folder for questionnaire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only records containing these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only what this organization is responsible for (name, short name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this status (stored value, e.g. in_progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures/progress of one plan (id or title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings of one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizations of one kind (e.g. ministry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire: include completed measures and implemented recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a folder for the questionnaires, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires written to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>import a spreadsheet (.xlsx) of recommendations, measures, progress reports, meetings or organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet. The header row is found below any title rows; columns are recognised by their titles in English, Russian or Turkmen. One transaction: a file with errors imports nothing unless --skip-invalid is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .xlsx or .xlsm file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only say what would be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the valid rows and leave out the rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mechanism, when the file does not say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body, e.g. UPR or CEDAW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UPR cycle (1-4...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document symbol, e.g. CEDAW/C/TKM/CO/6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing plan: id, title or short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the plan (or use the plan of that title if it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of progress reports that carry none (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a returned status questionnaire; it is imported as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;, header in row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Would create {c}, update {u}, skip {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {c} created, {u} updated, {s} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out because of errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (fix them in the file, or use --skip-invalid to import the other rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  warning, row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>print the minutes of a meeting as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the minutes of a meeting as a PDF in the protocol layout, in the meeting&apos;s language; marked DRAFT until approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting: an id (12) or YEAR/NUMBER (2024/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a date (write 2024-03-31 or 31.03.2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a report as a PDF (see --list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one of the reports as a PDF. Each report uses the filters that apply to it (see --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report (see --list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the reports and their filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year (commission-year report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan: id, title or short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organization: name or short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UN mechanism (recommendations report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date the report is as of (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: there is no report {name!r}; choose one of: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: say where to write the PDF with --pdf OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the database by a backup (the current one is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the backup IN (integrity, references, schema version), keep the current database aside as a timestamped backup, then replace it by IN. Close the application first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only check the backup; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies of replaced databases to keep (default: {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  schema revision: {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last change recorded: {when} (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is a sound backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {target} from {source}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before is kept at {aside}; to undo, restore that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print counts of what the database holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>The backup of {source} could not be written to {destination}: {detail} The database itself was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database {source}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy failed its check ({detail}); it was not kept. Run `secretariat check` on the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Secretariat database (not a SQLite file). Choose another file; this one was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file or folder). Copy it to a folder you can write to, or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a database in {folder}: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is locked by another program (or another copy of Secretariat) that is using it exclusively. Close that program and try again; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be opened as a database: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a Secretariat one; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Secretariat (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the copy made before upgrading could not be written ({error}), so it was not upgraded and was left as it was. Free some disk space and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database failed: {error}. The database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database failed: {error}, and putting back the copy made before the upgrade failed too ({restore_error}). Do not use {path}: restore the copy at {backup} (File → Restore from backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database failed: {error}. The database was left as it was. A copy made before the upgrade is at {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference in table {table}, row {rowid} (to {parent}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is busy: another copy of Secretariat or another program is using it. Nothing was changed. Wait a moment and try again; if it keeps happening, close the other program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved; nothing of it was written. Free some space on the drive of {folder} (delete or move files you do not need) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file, folder or drive). The change was not saved. Copy the database to a folder you can write to, or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Secretariat database (not a SQLite file). Choose another file, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged ({error}). Nothing was changed. Restore the latest backup (File → Restore from backup), and keep the damaged file for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} could not be read or written ({error}). Nothing was changed. Check that the drive or network folder is still connected and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} cannot be restored: {reason} Nothing was changed.</source>
        <extracomment>Tables every Secretariat database has, whatever its revision.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Secretariat database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a SQLite database but not a Secretariat one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of its records point to records that do not exist (first in table {table}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>it has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Secretariat (schema {revision}); install that version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read as a database ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The database as it was before is kept at {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring into {target} failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message numerus="yes">
        <source>%n sub-organizations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan measures</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress reports</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations (responsible)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings organized</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action items (responsible)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reports to UN bodies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not used anywhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your saved work is safe. The details are in the log file (Help → Open log folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>excel</name>
    <message>
        <source>cell {cell}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{location}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <extracomment>Synonyms are written naturally; they are normalised like headers before matching. Order inside a list does not matter; the first entry is shown in error messages. Containment is only trusted for synonyms at least this long (&quot;no&quot; is not a field). Anything but letters, digits and combining marks (Unicode categories L, N, M). ``\w`` covers L and N plus &quot;_&quot;; the marks are added back by range.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n rows with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <extracomment>Ids listed in the audit entry up to this many; beyond, the first and last.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of {file} ({sheet}): {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which plan these measures belong to (--plan, or --create-plan TITLE; in the wizard: &quot;Plan&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: &quot;{text}&quot; is not a known status; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure has no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure {number} is already in row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan called &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new plan will be created: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded, nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organizations will be added: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>Above this many matching records, whole tables are read once instead of by chunks of ids.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co-implementers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings with attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a meeting number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting date is missing or not a date (write it as 31.12.2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a known meeting type; a Commission meeting is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row belongs to no meeting (no date above it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a known role; &quot;member&quot; is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not understood as present or absent; &quot;present&quot; is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting changes: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same participant is already in row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of meeting {ref} are approved and locked; reopen them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: &quot;{text}&quot; is not a known kind; &quot;Other&quot; is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same organization is already in row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent organization &quot;{name}&quot; is unknown; it will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which plan the measures belong to (--plan; in the wizard: &quot;Plan&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (write it as 31.12.2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date: the report is dated {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row names no measure number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no measure {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same report as row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New progress report for measure {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned status questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a status questionnaire made by this application (or its hidden description sheet was removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire of {organization}, prepared on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no hidden id: rows must not be added or copied in the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not one of the statuses of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization of this questionnaire ({name}) is not in the database; was it made from another database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure {number} of this row is not in the database (or has another number now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New progress report of measure {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {old} → {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation {number} of this row is not in the database (or has another number now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information added to the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation and recommending State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendation text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPR cycle is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body that made the recommendation is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommending State was found at the end of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: &quot;{text}&quot; is not a known position (Supported, Noted); it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {paragraph} is already in row {row} with a different text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPR cycle of these recommendations is not known (the title rows do not say it). Give it (--cycle, or &quot;Cycle&quot; in the import options).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body that made these recommendations is not known. Give it (--body, or &quot;Body&quot; in the import options), e.g. CEDAW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mechanism {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the title rows: {facts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same recommendation as row {row} (its themes were added there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing recommendations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source of position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups of persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommending States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook contains no sheets.</source>
        <extracomment>Far more than any list clerks receive (OHCHR&apos;s longest is a few hundred rows); the 100 MB file limit of ``safe_open`` bounds it too. Other sheets a questionnaire&apos;s metadata names, read along with the chosen one.
----------
Plausible Excel serial dates: 1 Jan 1990 .. 31 Dec 2100. Outside this range a number is far more likely a count or a code than a date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;{name}&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row has no recommendation column (expected a title such as &quot;Recommendation&quot; or &quot;Recommendation and recommending State&quot;).</source>
        <extracomment>Other recognised columns as text: status, responsible, body, cycle, mechanism.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {paragraph} also appears in row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position &quot;{text}&quot; was not recognised (expected Supported or Noted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-implementer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire - {organization}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (progress since the last report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations of UN human rights mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information on implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status questionnaire: {subject} — {organization}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by the Secretariat on {date}. Fill in only the yellow columns: choose the status from the list and describe what was done. Do not add, delete or move rows. Return the file to the Secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets cannot be imported safely on this computer: the protective XML parser (defusedxml) is not in use. Please contact support.</source>
        <extracomment>Members smaller than this are never judged by their ratio: tiny XML parts (e.g. an empty sheet full of repeated tags) compress extremely well. How much of each XML part is searched for a DOCTYPE; a DOCTYPE must come before the root element, so it is at the very start of any real file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is too large to import ({size} MB; the limit is {limit} MB). Split it into smaller workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is password-protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, clear the box), save it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is an old Word document (.doc), not a spreadsheet. Copy the table into Excel and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is in the old Excel 97-2003 format (.xls). Open it in Excel or LibreOffice, save it as &quot;Excel Workbook (.xlsx)&quot; and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a spreadsheet. Ask the sender for the Excel version, or copy the table into Excel and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is a web page or XML file that only looks like a spreadsheet. Open it in Excel or LibreOffice and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is a plain text file (perhaps CSV) renamed as a spreadsheet. Open it in Excel or LibreOffice and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not an Excel workbook (.xlsx). Open it in the program that made it and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} unpacks to far more data than a spreadsheet contains and was not opened (it may be a &quot;zip bomb&quot;). If it is a genuine workbook, save it again in Excel and split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice Calc, choose File &gt; Save As, pick &quot;Excel 2007-365 (.xlsx)&quot; and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is an OpenDocument file, not a spreadsheet. Copy the table into a spreadsheet and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is a Word document, not a spreadsheet. Copy the table into Excel and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} contains XML declarations that spreadsheets never use (DOCTYPE/ENTITY) and may be crafted to attack the program. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains XML declarations that spreadsheets never use (DOCTYPE/ENTITY) and may be crafted to attack the program. It was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as a spreadsheet: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is damaged or incomplete (perhaps an unfinished download or copy) and cannot be opened: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more than {limit} rows; import it in smaller parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a value far to the right of the table (beyond column {limit}). Delete stray contents there and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;{title}&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Adopted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopting act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Recommendations (OHCHR lists, treaty bodies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan measures (a plan matrix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports on measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings with attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A returned status questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IHL plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-implementer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The minutes are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not accept the change: %1

Nothing was lost: try again, and if it keeps failing, save your text elsewhere and look at the log (Help → Open log folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutes_pdf</name>
    <message>
        <source>Preparing the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting (YEAR/NUMBER, for example 2024/1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to UN bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <source>The PDF could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>typed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved minutes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat closed before some text was saved. It was kept, and can be put back into the editor of these meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Throw away the unsaved text of %n meetings? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Plan implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per plan: measures by status and by lead organization, overdue measures, progress reported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by position, implementation status, SDG and theme; recommendations not linked to any measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items from meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open and overdue action items grouped by responsible organization (period: due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Commission&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings held, decisions taken, reports submitted, plans, and the work plan for the next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each organization owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one page per organization: open action items, measures due, reports not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items: open and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items: {open} · overdue: {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue action items by organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the Commission&apos;s work for {year} and the tasks for {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions taken: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National reports submitted: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions open / all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting was held in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Decisions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision was recorded in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. National reports submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national report was submitted in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports due in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Implementation of plans in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of these completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan covers this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Plan of work for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work plan for {year} has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat of the Interministerial Commission — printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding tasks by organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures due by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan measures due: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National reports not yet submitted: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items from meetings of the Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization has outstanding tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan implementation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures by lead organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue measures by lead organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead organization is recorded for these measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue measures ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure of this plan is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reported {period} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress was reported in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reported: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible organization: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered by at least one plan measure: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet linked to any measure: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By position of the State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By implementation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By Sustainable Development Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} most frequent of {all} themes are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations not yet linked to any measure ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recommendation is answered by at least one measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Action items cannot be sorted by {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action item filter {state!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a database stored in a file can be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database restored from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the database as it was before is kept at {aside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no database before this restore to put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} #{id} does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was changed by someone else while you were editing it. Reload it to see their changes, or save yours over them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a valid {field}; expected one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unknown fields: {fields}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database already holds meetings; the demo needs an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization cannot be part of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations cannot be sorted by {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft needs the record and the field it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text is too long to keep as a draft (%n characters).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The schema is at revision {current}, expected {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import layout needs a kind and a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of meeting {ref} are approved and locked. Reopen them first (the reopening is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting number {number} of {year} is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting #{id} does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a meeting as an id (12) or as YEAR/NUMBER (2024/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the approved minutes are reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved minutes reopened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person or an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agenda item belongs to another meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the responsible organizations does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the plan measures does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the recommendations does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {ref} restored after being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one other organization to merge into this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {names} into {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UN body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission date is in the future; a report can only be marked as submitted once it has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports cannot be sorted by {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section needs a title or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent section belongs to another plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the organizations does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan already has a measure {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress report needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures cannot be sorted by {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section can only be moved within its own plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section cannot be put inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted measure {number} restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG goals are numbered 1 to 17; got {bad}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the measures does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation {para} of {body} (cycle {cycle}) is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another recommendation already has that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the recommendations does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations cannot be sorted by {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graphical display was found (DISPLAY is not set). Start Secretariat from a desktop session, or use its commands: secretariat --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt needs system libraries that are not installed: {missing}.
On Debian or Ubuntu install them with:
  sudo apt-get install {packages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to UN bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to UN bodies overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline not understood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
