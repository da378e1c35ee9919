<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ActionItemsPage</name>
    <message numerus="yes">
        <source>%n shown · %2 open, %3 overdue</source>
        <translation>
            <numerusform>%n shown · %2 open, %3 overdue</numerusform>
            <numerusform>%n shown · %2 open, %3 overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionReviewBox</name>
    <message numerus="yes">
        <source>%n action items still to review</source>
        <translation>
            <numerusform>%n action item still to review</numerusform>
            <numerusform>%n action items still to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message numerus="yes">
        <source>Its minutes and %n decisions are deleted with it.</source>
        <translation>
            <numerusform>Its minutes and %n decision are deleted with it.</numerusform>
            <numerusform>Its minutes and %n decisions are deleted with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message numerus="yes">
        <source>%n listed: %2 present, %3 absent, %4 represented</source>
        <translation>
            <numerusform>%n listed: %2 present, %3 absent, %4 represented</numerusform>
            <numerusform>%n listed: %2 present, %3 absent, %4 represented</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines removed from the attendance.</source>
        <translation>
            <numerusform>%n line removed from the attendance.</numerusform>
            <numerusform>%n lines removed from the attendance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <source>The database was backed up to:
%1

The last %n backups made by hand are kept.</source>
        <translation>
            <numerusform>The database was backed up to:
%1

The last backup made by hand is kept.</numerusform>
            <numerusform>The database was backed up to:
%1

The last %n backups made by hand are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %n recommendations</source>
        <translation>
            <numerusform>Change %n recommendation</numerusform>
            <numerusform>Change %n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes apply to all %n selected recommendations.</source>
        <translation>
            <numerusform>The changes apply to the %n selected recommendation.</numerusform>
            <numerusform>The changes apply to all %n selected recommendations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message numerus="yes">
        <source>%n recommendations; %2 linked to plan measures; %3 without a responsible organization.</source>
        <translation>
            <numerusform>%n recommendation; %2 linked to plan measures; %3 without a responsible organization.</numerusform>
            <numerusform>%n recommendations; %2 linked to plan measures; %3 without a responsible organization.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n with minutes approved</source>
        <translation>
            <numerusform>%n with minutes approved</numerusform>
            <numerusform>%n with minutes approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;: %n rows with content.</source>
        <translation>
            <numerusform>Sheet &quot;%1&quot;: %n row with content.</numerusform>
            <numerusform>Sheet &quot;%1&quot;: %n rows with content.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message numerus="yes">
        <source>Add &amp;review of action items (%n open)</source>
        <translation>
            <numerusform>Add &amp;review of action items (%n open)</numerusform>
            <numerusform>Add &amp;review of action items (%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message numerus="yes">
        <source>%n linked.</source>
        <translation>
            <numerusform>%n linked.</numerusform>
            <numerusform>%n linked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✎ Unsaved minutes from an earlier session in %n meetings: %1. Click to open them and check the text.</source>
        <translation>
            <numerusform>✎ Unsaved minutes from an earlier session in %n meeting: %1. Click to open it and check the text.</numerusform>
            <numerusform>✎ Unsaved minutes from an earlier session in %n meetings: %1. Click to open them and check the text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissedReportsPanel</name>
    <message numerus="yes">
        <source>Missed indicator reports (%n)</source>
        <translation>
            <numerusform>Missed indicator reports (%n)</numerusform>
            <numerusform>Missed indicator reports (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NationalReportsPage</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It attended %n meetings in its own name: those entries are removed from the attendance lists.</source>
        <translation>
            <numerusform>It attended %n meeting in its own name: that entry is removed from the attendance lists.</numerusform>
            <numerusform>It attended %n meetings in its own name: those entries are removed from the attendance lists.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message numerus="yes">
        <source>The database holds %n records here. Screens to work with them are not available in this version yet; the command line can already report on them (secretariat summary).</source>
        <translation>
            <numerusform>The database holds %n record here. Screens to work with them are not available in this version yet; the command line can already report on them (secretariat summary).</numerusform>
            <numerusform>The database holds %n records here. Screens to work with them are not available in this version yet; the command line can already report on them (secretariat summary).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message numerus="yes">
        <source>%n measures</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching</source>
        <translation>
            <numerusform>%n matching</numerusform>
            <numerusform>%n matching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subsections</source>
        <translation>
            <numerusform>%n subsection</numerusform>
            <numerusform>%n subsections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the whole plan “%1” with all its %n measures and their progress reports? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the whole plan “%1” with its %n measure and its progress reports? This cannot be undone.</numerusform>
            <numerusform>Delete the whole plan “%1” with all its %n measures and their progress reports? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message numerus="yes">
        <source>%n questionnaires written to %1.</source>
        <translation>
            <numerusform>%n questionnaire written to %1.</numerusform>
            <numerusform>%n questionnaires written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recommendations with their links to measures, themes and organizations? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n recommendation with its links to measures, themes and organizations? This cannot be undone.</numerusform>
            <numerusform>Delete %n recommendations with their links to measures, themes and organizations? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsCalendarView</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message numerus="yes">
        <source>%n parts changed</source>
        <translation>
            <numerusform>%n part changed</numerusform>
            <numerusform>%n parts changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <source>%n rows with errors were left out.</source>
        <translation>
            <numerusform>%n row with errors was left out.</numerusform>
            <numerusform>%n rows with errors were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation>
            <numerusform>Show all %n…</numerusform>
            <numerusform>Show all %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message numerus="yes">
        <source>expected %s arguments</source>
        <translation>
            <numerusform>expected %s argument</numerusform>
            <numerusform>expected %s arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option strings: %s</source>
        <translation>
            <numerusform>conflicting option string: %s</numerusform>
            <numerusform>conflicting option strings: %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>The database has %n problems.</source>
        <translation>
            <numerusform>The database has %n problem.</numerusform>
            <numerusform>The database has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires written to {folder}.</source>
        <translation>
            <numerusform>%n questionnaire written to {folder}.</numerusform>
            <numerusform>%n questionnaires written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to {path}.</source>
        <translation>
            <numerusform>%n row written to {path}.</numerusform>
            <numerusform>%n rows written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... and %n more</numerusform>
            <numerusform>  ... and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more warnings</source>
        <translation>
            <numerusform>  ... and %n more warning</numerusform>
            <numerusform>  ... and %n more warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were changed on both sides: run again with --keep mine or --keep theirs (or check in from the window, which asks for each). Nothing was written.</source>
        <translation>
            <numerusform>%n record was changed on both sides: run again with --keep mine or --keep theirs (or check in from the window, which asks for each). Nothing was written.</numerusform>
            <numerusform>%n records were changed on both sides: run again with --keep mine or --keep theirs (or check in from the window, which asks for each). Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked in: meeting {ref} is no longer checked out; %n new records got their ids on the database.</source>
        <translation>
            <numerusform>Checked in: meeting {ref} is no longer checked out; %n new record got its id on the database.</numerusform>
            <numerusform>Checked in: meeting {ref} is no longer checked out; %n new records got their ids on the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {title}, %n pages.</source>
        <translation>
            <numerusform>Wrote {path}: {title}, %n page.</numerusform>
            <numerusform>Wrote {path}: {title}, %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>db</name>
    <message numerus="yes">
        <source>%n of its records point to records that do not exist (first in table {table}).</source>
        <translation>
            <numerusform>%n of its records points to a record that does not exist (in table {table}).</numerusform>
            <numerusform>%n of its records point to records that do not exist (first in table {table}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message numerus="yes">
        <source>%n sub-organizations</source>
        <translation>
            <numerusform>%n sub-organization</numerusform>
            <numerusform>%n sub-organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan measures</source>
        <translation>
            <numerusform>%n plan measure</numerusform>
            <numerusform>%n plan measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress reports</source>
        <translation>
            <numerusform>%n progress report</numerusform>
            <numerusform>%n progress reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations (responsible)</source>
        <translation>
            <numerusform>%n recommendation (responsible)</numerusform>
            <numerusform>%n recommendations (responsible)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings organized</source>
        <translation>
            <numerusform>%n meeting organized</numerusform>
            <numerusform>%n meetings organized</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance records</source>
        <translation>
            <numerusform>%n attendance record</numerusform>
            <numerusform>%n attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action items (responsible)</source>
        <translation>
            <numerusform>%n action item (responsible)</numerusform>
            <numerusform>%n action items (responsible)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reports to UN bodies</source>
        <translation>
            <numerusform>%n report to UN bodies</numerusform>
            <numerusform>%n reports to UN bodies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>excel</name>
    <message numerus="yes">
        <source>, %n rows with errors</source>
        <translation>
            <numerusform>, %n row with errors</numerusform>
            <numerusform>, %n rows with errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <source>%n rows exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message numerus="yes">
        <source>Throw away the unsaved text of %n meetings? This cannot be undone.</source>
        <translation>
            <numerusform>Throw away the unsaved text of %n meeting? This cannot be undone.</numerusform>
            <numerusform>Throw away the unsaved text of %n meetings? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message numerus="yes">
        <source>The organization is also responsible for %n UN recommendations that are not yet implemented.</source>
        <translation>
            <numerusform>The organization is also responsible for %n UN recommendation that is not yet implemented.</numerusform>
            <numerusform>The organization is also responsible for %n UN recommendations that are not yet implemented.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services</name>
    <message numerus="yes">
        <source>Unknown fields: {fields}.</source>
        <translation>
            <numerusform>Unknown field: {fields}.</numerusform>
            <numerusform>Unknown fields: {fields}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is too long to keep as a draft (%n characters).</source>
        <translation>
            <numerusform>The text is too long to keep as a draft (%n character).</numerusform>
            <numerusform>The text is too long to keep as a draft (%n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy {path} holds text typed but not saved (%n fields). Open the copy, save that text (or discard it), then check in; nothing was changed.</source>
        <translation>
            <numerusform>The copy {path} holds text typed but not saved (%n field). Open the copy, save that text (or discard it), then check in; nothing was changed.</numerusform>
            <numerusform>The copy {path} holds text typed but not saved (%n fields). Open the copy, save that text (or discard it), then check in; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were changed both in the copy and on the database; choose which version to keep. Nothing was changed.</source>
        <translation>
            <numerusform>%n record was changed both in the copy and on the database; choose which version to keep. Nothing was changed.</numerusform>
            <numerusform>%n records were changed both in the copy and on the database; choose which version to keep. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
</TS>
