<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>ActionItemsPage</name>
    <message>
        <source>Action items</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Search actions, meetings, organizations (Ctrl+F)…</source>
        <translation>Поиск по поручениям, заседаниям, организациям (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Done or cancelled</source>
        <translation>Выполненные или отменённые</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>&amp;Open its meeting</source>
        <translation>&amp;Открыть заседание</translation>
    </message>
    <message>
        <source>Mark &amp;in progress</source>
        <translation>Отметить как &amp;выполняемое</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Отметить как в&amp;ыполненное</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — просрочено</translation>
    </message>
    <message>
        <source>%1, decision %2</source>
        <translation>%1, решение %2</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Все организации</translation>
    </message>
    <message numerus="yes">
        <source>%n shown · %2 open, %3 overdue</source>
        <translation>
            <numerusform>Показано: %n · открытых: %2, просроченных: %3</numerusform>
            <numerusform>Показано: %n · открытых: %2, просроченных: %3</numerusform>
            <numerusform>Показано: %n · открытых: %2, просроченных: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” marked %2.</source>
        <translation>«%1» отмечено: %2.</translation>
    </message>
</context>
<context>
    <name>ActionReview</name>
    <message>
        <source>Carried over to %1</source>
        <translation>Перенесено на %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>REVIEW — action items of earlier meetings</source>
        <translation>РАССМОТРЕНИЕ — поручения предыдущих заседаний</translation>
    </message>
    <message>
        <source>Meeting %1 (%2): %3</source>
        <translation>Заседание %1 (%2): %3</translation>
    </message>
    <message>
        <source>Not reviewed at a later meeting yet.</source>
        <translation>На последующих заседаниях ещё не рассматривалось.</translation>
    </message>
</context>
<context>
    <name>ActionReviewBox</name>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Выполнено…</translation>
    </message>
    <message>
        <source>&amp;Carry over…</source>
        <translation>&amp;Перенести…</translation>
    </message>
    <message>
        <source>Dro&amp;p…</source>
        <translation>&amp;Снять…</translation>
    </message>
    <message>
        <source>&amp;Undo mark</source>
        <translation>&amp;Отменить отметку</translation>
    </message>
    <message>
        <source>The action item was carried out</source>
        <translation>Поручение выполнено</translation>
    </message>
    <message>
        <source>Still open: give it a new due date</source>
        <translation>Остаётся открытым: укажите новый срок</translation>
    </message>
    <message>
        <source>No longer to be done: say why</source>
        <translation>Больше не требуется выполнять: укажите причину</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(просрочено)</translation>
    </message>
    <message>
        <source>No earlier meeting has an open action item.</source>
        <translation>Ни на одном предыдущем заседании нет открытых поручений.</translation>
    </message>
    <message numerus="yes">
        <source>%n action items still to review</source>
        <translation>
            <numerusform>Осталось рассмотреть %n поручение</numerusform>
            <numerusform>Осталось рассмотреть %n поручения</numerusform>
            <numerusform>Осталось рассмотреть %n поручений</numerusform>
        </translation>
    </message>
    <message>
        <source>All earlier action items are reviewed.</source>
        <translation>Все поручения предыдущих заседаний рассмотрены.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Результаты рассмотрения сохранены.</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>How it was done, or why not</source>
        <translation>Как выполнено или почему не выполнено</translation>
    </message>
    <message>
        <source>Under &amp;decision</source>
        <translation>По &amp;решению</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Что</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>Completion &amp;note</source>
        <translation>Отметка о &amp;выполнении</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Новое поручение</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Добавить поручение</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>— not tied to a decision —</source>
        <translation>— не связано с решением —</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Со&amp;хранить изменения</translation>
    </message>
    <message>
        <source>Say what is to be done first.</source>
        <translation>Сначала укажите, что нужно сделать.</translation>
    </message>
    <message>
        <source>Action item saved.</source>
        <translation>Поручение сохранено.</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Удалить поручение</translation>
    </message>
    <message>
        <source>Delete the action item “%1”?</source>
        <translation>Удалить поручение «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>New agenda item: type its title and press Enter</source>
        <translation>Новый пункт повестки дня: введите название и нажмите Enter</translation>
    </message>
    <message>
        <source>Drag items, or use Alt+Up and Alt+Down, to reorder the agenda</source>
        <translation>Чтобы изменить порядок пунктов повестки дня, перетаскивайте их или используйте Alt+Up и Alt+Down</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Delete item…</source>
        <translation>&amp;Удалить пункт…</translation>
    </message>
    <message>
        <source>Who reports on this item</source>
        <translation>Кто докладывает по этому пункту</translation>
    </message>
    <message>
        <source>Standing item (carried over to the next meeting)</source>
        <translation>Постоянный пункт (переносится на следующее заседание)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation>&amp;Докладчик</translation>
    </message>
    <message>
        <source>Plan measures discussed</source>
        <translation>Обсуждавшиеся мероприятия планов</translation>
    </message>
    <message>
        <source>Find a plan measure by number or words…</source>
        <translation>Найти мероприятие плана по номеру или словам…</translation>
    </message>
    <message>
        <source>UN recommendations discussed</source>
        <translation>Обсуждавшиеся рекомендации ООН</translation>
    </message>
    <message>
        <source>Find a recommendation by paragraph or words…</source>
        <translation>Найти рекомендацию по пункту или словам…</translation>
    </message>
    <message>
        <source>Add the first agenda item on the left.</source>
        <translation>Добавьте первый пункт повестки дня слева.</translation>
    </message>
    <message numerus="yes">
        <source>Its minutes and %n decisions are deleted with it.</source>
        <translation>
            <numerusform>Вместе с ним будут удалены его протокол и %n решение.</numerusform>
            <numerusform>Вместе с ним будут удалены его протокол и %n решения.</numerusform>
            <numerusform>Вместе с ним будут удалены его протокол и %n решений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Удалить пункт повестки дня</translation>
    </message>
    <message>
        <source>Delete agenda item %1, “%2”?</source>
        <translation>Удалить пункт повестки дня %1 «%2»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Для пункта повестки дня нужно название.</translation>
    </message>
</context>
<context>
    <name>ApprovalBox</name>
    <message>
        <source>APPROVAL of earlier minutes</source>
        <translation>УТВЕРЖДЕНИЕ протоколов предыдущих заседаний</translation>
    </message>
    <message>
        <source>Record the decision and &amp;approve them</source>
        <translation>Записать решение и &amp;утвердить протокол</translation>
    </message>
    <message>
        <source>The minutes this item was to approve no longer exist.</source>
        <translation>Протокол, который этот пункт должен был утвердить, больше не существует.</translation>
    </message>
    <message>
        <source>The minutes of meeting %1 are approved.</source>
        <translation>Протокол заседания %1 утверждён.</translation>
    </message>
    <message>
        <source>Recording the decision approves the minutes of meeting %1 and locks them.</source>
        <translation>Запись решения утверждает протокол заседания %1 и блокирует его изменение.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>В лице</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Add who attends: type part of an organization&apos;s or a person&apos;s name, then Enter</source>
        <translation>Добавьте участников: введите часть названия организации или имени человека, затем нажмите Enter</translation>
    </message>
    <message>
        <source>Role given to the next organization or person added</source>
        <translation>Роль для следующей добавляемой организации или лица</translation>
    </message>
    <message>
        <source>as</source>
        <translation>как</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Присутствовал</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>&amp;Отсутствовал</translation>
    </message>
    <message>
        <source>&amp;Represented by…</source>
        <translation>Пре&amp;дставлен…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected lines (Delete)</source>
        <translation>Удалить выбранные строки (Delete)</translation>
    </message>
    <message numerus="yes">
        <source>%n listed: %2 present, %3 absent, %4 represented</source>
        <translation>
            <numerusform>В списке: %n; присутствовали: %2, отсутствовали: %3, представлены: %4</numerusform>
            <numerusform>В списке: %n; присутствовали: %2, отсутствовали: %3, представлены: %4</numerusform>
            <numerusform>В списке: %n; присутствовали: %2, отсутствовали: %3, представлены: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 уже есть в списке.</translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation>Нет в справочнике</translation>
    </message>
    <message>
        <source>“%1” is not in the directory. Add it as a new organization or as a new person?</source>
        <translation>«%1» нет в справочнике. Добавить как новую организацию или как новое лицо?</translation>
    </message>
    <message>
        <source>New &amp;organization</source>
        <translation>Новая &amp;организация</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>Новое &amp;лицо</translation>
    </message>
    <message>
        <source>Select one or more lines first.</source>
        <translation>Сначала выберите одну или несколько строк.</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>В лице</translation>
    </message>
    <message>
        <source>Who represented them (name and position):</source>
        <translation>Кто представлял (ФИО и должность):</translation>
    </message>
    <message numerus="yes">
        <source>%n lines removed from the attendance.</source>
        <translation>
            <numerusform>Из списка присутствующих удалена %n строка.</numerusform>
            <numerusform>Из списка присутствующих удалены %n строки.</numerusform>
            <numerusform>Из списка присутствующих удалено %n строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Automatic</source>
        <translation>Автоматическая</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Созданная вручную</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Резервное копирование и восстановление</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details are in the log file (Help → Open log folder).</source>
        <translation>Произошла ошибка: %1

Подробности — в файле журнала (Справка → Открыть папку журнала).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is kept as a backup too, so a restore can be undone.</source>
        <translation>Выберите резервную копию, к которой нужно вернуться. Текущее состояние базы данных тоже сохраняется как резервная копия, поэтому восстановление можно отменить.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>В папке %1 пока нет резервных копий.</translation>
    </message>
    <message>
        <source>Back up automatically once a day at start</source>
        <translation>Автоматически создавать резервную копию раз в день при запуске</translation>
    </message>
    <message>
        <source>Keep the last </source>
        <translation>Хранить последние копии, не более </translation>
    </message>
    <message>
        <source> of each kind</source>
        <translation> каждого вида</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Восстановить выбранную копию…</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation>База данных «Секретариата» (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Создание резервной копии базы данных…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Резервная копия записана в %1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message numerus="yes">
        <source>The database was backed up to:
%1

The last %n backups made by hand are kept.</source>
        <translation>
            <numerusform>Резервная копия базы данных записана в:
%1

Хранится последняя %n копия, сделанная вручную.</numerusform>
            <numerusform>Резервная копия базы данных записана в:
%1

Хранятся последние %n копии, сделанные вручную.</numerusform>
            <numerusform>Резервная копия базы данных записана в:
%1

Хранятся последние %n копий, сделанных вручную.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Создание резервной копии отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Automatic backup written to %1</source>
        <translation>Автоматическая резервная копия записана в %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Не удалось создать автоматическую резервную копию: %1</translation>
    </message>
    <message>
        <source>Close the meeting windows first: what they show would no longer match the restored database.</source>
        <translation>Сначала закройте окна заседаний: их содержимое больше не будет соответствовать восстановленной базе данных.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>заседаний</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>планов</translation>
    </message>
    <message>
        <source>plan measures</source>
        <translation>мероприятий планов</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>рекомендации</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>организаций</translation>
    </message>
    <message>
        <source>Replace the open database by the backup %1?

The backup is sound and holds %2.</source>
        <translation>Заменить открытую базу данных резервной копией %1?

Резервная копия исправна и содержит: %2.</translation>
    </message>
    <message>
        <source>Its last recorded change is from %1 (UTC).</source>
        <translation>Последнее записанное в ней изменение — от %1 (UTC).</translation>
    </message>
    <message>
        <source>It comes from an older version and will be upgraded after a safety copy.</source>
        <translation>Она создана более старой версией и будет обновлена после создания страховочной копии.</translation>
    </message>
    <message>
        <source>Everything changed since then will be replaced. The database as it is now is kept as a backup, so this can be undone.</source>
        <translation>Все изменения, внесённые с тех пор, будут заменены. Текущее состояние базы данных сохраняется как резервная копия, поэтому это действие можно отменить.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление из резервной копии…</translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation>База данных восстановлена из %1.</translation>
    </message>
    <message>
        <source>The database as it was before is kept at:
%1
To undo, restore that file.</source>
        <translation>Прежняя база данных сохранена в:
%1
Чтобы отменить восстановление, восстановите этот файл.</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Восстановлено из %1</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>Restore cancelled; the database was not changed.</source>
        <translation>Восстановление отменено; база данных не изменена.</translation>
    </message>
    <message>
        <source>The file that could not be opened is kept at:
%1</source>
        <translation>Файл, который не удалось открыть, сохранён в:
%1</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %n recommendations</source>
        <translation>
            <numerusform>Изменить %n рекомендацию</numerusform>
            <numerusform>Изменить %n рекомендации</numerusform>
            <numerusform>Изменить %n рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes apply to all %n selected recommendations.</source>
        <translation>
            <numerusform>Изменения применяются к %n выбранной рекомендации.</numerusform>
            <numerusform>Изменения применяются ко всем %n выбранным рекомендациям.</numerusform>
            <numerusform>Изменения применяются ко всем %n выбранным рекомендациям.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Implementation status:</source>
        <translation>&amp;Статус выполнения:</translation>
    </message>
    <message>
        <source>(leave unchanged)</source>
        <translation>(не изменять)</translation>
    </message>
    <message>
        <source>Leave unchanged</source>
        <translation>Не изменять</translation>
    </message>
    <message>
        <source>Add these</source>
        <translation>Добавить эти</translation>
    </message>
    <message>
        <source>Remove these</source>
        <translation>Удалить эти</translation>
    </message>
    <message>
        <source>Replace with these</source>
        <translation>Заменить на эти</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ответственные:</translation>
    </message>
    <message>
        <source>Nothing to change: choose a status or what to do with the responsible organizations.</source>
        <translation>Изменять нечего: выберите статус или действие с ответственными организациями.</translation>
    </message>
    <message>
        <source>Tick the organizations to add or remove.</source>
        <translation>Отметьте организации, которые нужно добавить или удалить.</translation>
    </message>
</context>
<context>
    <name>CheckoutActions</name>
    <message>
        <source>Chec&amp;k out a meeting to this computer…</source>
        <translation>&amp;Взять заседание на этот компьютер…</translation>
    </message>
    <message>
        <source>Copy a meeting to a local file to work on it with no network</source>
        <translation>Скопировать заседание в локальный файл для работы без сети</translation>
    </message>
    <message>
        <source>Check i&amp;n a checked-out copy…</source>
        <translation>Ве&amp;рнуть взятую копию…</translation>
    </message>
    <message>
        <source>Bring the changes made in a checked-out copy back</source>
        <translation>Перенести обратно изменения, сделанные во взятой копии</translation>
    </message>
    <message>
        <source>Check out a meeting</source>
        <translation>Взять заседание</translation>
    </message>
    <message>
        <source>Check &amp;out…</source>
        <translation>&amp;Взять…</translation>
    </message>
    <message>
        <source>Check out to</source>
        <translation>Взять в файл</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation>База данных Secretariat (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Взято</translation>
    </message>
    <message>
        <source>Meeting %1 is checked out to %2. Everyone else sees it as checked out until you check it in.

Open the copy now, to work on it with no network?</source>
        <translation>Заседание %1 взято в %2. Все остальные видят его взятым, пока вы его не вернёте.

Открыть копию сейчас для работы без сети?</translation>
    </message>
    <message>
        <source>Checking the meeting out…</source>
        <translation>Заседание берётся…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Nothing was checked in; the meeting stays checked out.</source>
        <translation>Ничего не возвращено; заседание остаётся взятым.</translation>
    </message>
    <message>
        <source>Checking the copy in…</source>
        <translation>Копия возвращается…</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Meeting %1 is checked in and no longer checked out.</source>
        <translation>Заседание %1 возвращено и больше не взято.</translation>
    </message>
    <message>
        <source>Comparing the copy with the database…</source>
        <translation>Копия сравнивается с базой данных…</translation>
    </message>
</context>
<context>
    <name>CheckoutBar</name>
    <message>
        <source>This is a checked-out copy of the meeting, taken from %1 on %2: work on it with no network. To bring your work back, open %1 and choose File → Check in a checked-out copy…</source>
        <translation>Это взятая копия заседания, полученная из %1 %2: с ней можно работать без сети. Чтобы перенести работу обратно, откройте %1 и выберите Файл → Вернуть взятую копию…</translation>
    </message>
    <message>
        <source>This copy was checked in on %1: what is changed here now does not go back.</source>
        <translation>Эта копия возвращена %1: то, что изменяется в ней теперь, обратно не попадёт.</translation>
    </message>
    <message>
        <source>Checked out to %1 since %2 (%3). What you save here is merged with their work when they check it in; where both of you change the same thing, they will choose.</source>
        <translation>Взято пользователем %1 с %2 (%3). Сохранённое здесь будет объединено с его работой при возврате; где вы оба измените одно и то же, выбор сделает он.</translation>
    </message>
</context>
<context>
    <name>CirculateDialog</name>
    <message>
        <source>Circulate the minutes of meeting %1</source>
        <translation>Рассылка протокола заседания %1</translation>
    </message>
    <message>
        <source>e.g. Members of the Commission; the Ombudsman&apos;s office</source>
        <translation>например: члены Комиссии; аппарат Омбудсмена</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>Дата &amp;отправки:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>The minutes as they are now are printed to PDF and kept with this record.</source>
        <translation>Протокол в его текущем виде печатается в PDF и хранится вместе с этой записью.</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Open the PDF sent</source>
        <translation>&amp;Открыть отправленный PDF</translation>
    </message>
    <message>
        <source>Circulated before:</source>
        <translation>Ранее разослано:</translation>
    </message>
    <message>
        <source>&amp;Circulate</source>
        <translation>&amp;Разослать</translation>
    </message>
    <message>
        <source>Say to whom the minutes were sent.</source>
        <translation>Укажите, кому был разослан протокол.</translation>
    </message>
    <message>
        <source>Minutes as sent on %1</source>
        <translation>Протокол, отправленный %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>%1 was changed and saved by someone else (another window or another computer) while you were editing it. Nothing of yours is saved yet. Choose which version to keep.</source>
        <translation>%1: пока вы редактировали эту запись, её изменил и сохранил другой пользователь (в другом окне или на другом компьютере). Ваши изменения ещё не сохранены. Выберите, какую версию оставить.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Сохранено за это время</translation>
    </message>
    <message>
        <source>Highlighted: what differs (%1).</source>
        <translation>Выделены различия (%1).</translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation>Оставить мою (сохранить поверх чужой)</translation>
    </message>
    <message>
        <source>Take theirs (drop my changes)</source>
        <translation>Принять чужую (отбросить мои изменения)</translation>
    </message>
    <message>
        <source>Cancel (keep editing)</source>
        <translation>Отмена (продолжить редактирование)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Подключение к общей базе данных</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>имя или адрес сервера</translation>
    </message>
    <message>
        <source>TLS: “require” encrypts the connection; “verify-full” also checks the server&apos;s certificate.</source>
        <translation>TLS: «require» шифрует соединение; «verify-full» также проверяет сертификат сервера.</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Хранить пароль в системном хранилище ключей</translation>
    </message>
    <message>
        <source>This system has no keyring: the password will be asked at each start.</source>
        <translation>В этой системе нет хранилища ключей: пароль будет запрашиваться при каждом запуске.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Шифрование (sslmode):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>Please fill in %1.</source>
        <translation>Укажите %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionActions</name>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <extracomment>Page actions (``actions_by_name``) a reader keeps; every other one changes records. Page buttons that change records.</extracomment>
        <translation>Подключиться к &amp;общей базе данных…</translation>
    </message>
    <message>
        <source>Open a &amp;local file</source>
        <translation>Открыть &amp;локальный файл</translation>
    </message>
    <message>
        <source>Go back to the database file on this computer</source>
        <translation>Вернуться к файлу базы данных на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>читатель</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>%1 — you are %2</source>
        <translation>%1 — ваша роль: %2</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <source>Counts at a glance</source>
        <translation>Сводные показатели</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Double-click a line to show only those recommendations.</source>
        <translation>Дважды щёлкните строку, чтобы показать только эти рекомендации.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>The counts could not be made: %1</source>
        <translation>Не удалось выполнить подсчёт: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations; %2 linked to plan measures; %3 without a responsible organization.</source>
        <translation>
            <numerusform>%n рекомендация; связаны с мероприятиями планов: %2; без ответственной организации: %3.</numerusform>
            <numerusform>%n рекомендации; связаны с мероприятиями планов: %2; без ответственной организации: %3.</numerusform>
            <numerusform>%n рекомендаций; связаны с мероприятиями планов: %2; без ответственной организации: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>By position</source>
        <translation>По позиции</translation>
    </message>
    <message>
        <source>By implementation status</source>
        <translation>По статусу выполнения</translation>
    </message>
    <message>
        <source>By SDG</source>
        <translation>По ЦУР</translation>
    </message>
    <message>
        <source>By SDG target</source>
        <translation>По задачам ЦУР</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>По теме</translation>
    </message>
    <message>
        <source>By group of persons</source>
        <translation>По группе лиц</translation>
    </message>
    <message>
        <source>By responsible organization</source>
        <translation>По ответственной организации</translation>
    </message>
    <message>
        <source>By body</source>
        <translation>По органу</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>Reporting cycle: %1</source>
        <translation>Цикл представления докладов: %1</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>First &amp;review:</source>
        <translation>Первый &amp;обзор:</translation>
    </message>
    <message>
        <source>&amp;Ratification or accession:</source>
        <translation>&amp;Ратификация или присоединение:</translation>
    </message>
    <message>
        <source>Entry into &amp;force:</source>
        <translation>Вступление в &amp;силу:</translation>
    </message>
    <message>
        <source>Leave empty to compute it from the ratification by the treaty&apos;s rule.</source>
        <translation>Оставьте пустым, чтобы рассчитать по дате ратификации согласно правилу договора.</translation>
    </message>
    <message>
        <source>Entry into force &amp;rule:</source>
        <translation>П&amp;равило вступления в силу:</translation>
    </message>
    <message>
        <source>30th day after the deposit</source>
        <translation>на 30-й день после сдачи на хранение</translation>
    </message>
    <message>
        <source>3 months after the deposit</source>
        <translation>через 3 месяца после сдачи на хранение</translation>
    </message>
    <message>
        <source>1st day of the month after 3 months</source>
        <translation>1-й день месяца по истечении 3 месяцев</translation>
    </message>
    <message>
        <source>The date itself</source>
        <translation>Сама эта дата</translation>
    </message>
    <message>
        <source>&amp;Initial report after (months):</source>
        <translation>&amp;Первоначальный доклад через (месяцев):</translation>
    </message>
    <message>
        <source>&amp;Periodic reports every (months):</source>
        <translation>П&amp;ериодические доклады каждые (месяцев):</translation>
    </message>
    <message>
        <source>as the committee requests</source>
        <translation>по запросу комитета</translation>
    </message>
    <message>
        <source>&amp;Next report due (committee):</source>
        <translation>&amp;Срок следующего доклада (комитет):</translation>
    </message>
    <message>
        <source>The date given in the committee&apos;s concluding observations; it replaces the treaty&apos;s schedule from then on.</source>
        <translation>Срок, указанный в заключительных замечаниях комитета; с этой даты он заменяет график, предусмотренный договором.</translation>
    </message>
    <message>
        <source>&amp;Set in:</source>
        <translation>&amp;Установлен в:</translation>
    </message>
    <message>
        <source>e.g. CEDAW/C/TKM/CO/6, para. 55</source>
        <translation>например, CEDAW/C/TKM/CO/6, пункт 55</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Rule from:</source>
        <translation>Источник правила:</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>What each card opens: the page and the filters that show what it counts.</extracomment>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>This database is empty. Start by creating a meeting (Meetings, Ctrl+N), by importing a spreadsheet (File → Import from Excel…, Ctrl+I), or look around in the demo: a commission&apos;s meetings, plans, recommendations and reports, made up for trying the application.</source>
        <translation>База данных пуста. Начните с создания заседания («Заседания», Ctrl+N), импорта электронной таблицы (Файл → Импорт из Excel…, Ctrl+I) или ознакомьтесь с демонстрационными данными: вымышленные заседания, планы, рекомендации и отчёты комиссии, подготовленные для знакомства с приложением.</translation>
    </message>
    <message>
        <source>&amp;Load the demo</source>
        <translation>&amp;Загрузить демонстрационные данные</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Мероприятия планов</translation>
    </message>
    <message>
        <source>UN recommendations</source>
        <translation>Рекомендации ООН</translation>
    </message>
    <message>
        <source>Reports to UN bodies</source>
        <translation>Доклады органам ООН</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Открытые поручения</translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation>Открыть список</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Предстоящие заседания</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Просроченные поручения</translation>
    </message>
    <message>
        <source>Overdue plan measures</source>
        <translation>Просроченные мероприятия планов</translation>
    </message>
    <message>
        <source>Reports to UN bodies due in the next 6 months</source>
        <translation>Доклады органам ООН со сроком в ближайшие 6 месяцев</translation>
    </message>
    <message>
        <source>Overdue reports to UN bodies</source>
        <translation>Просроченные доклады органам ООН</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть</translation>
    </message>
    <message numerus="yes">
        <source>%n with minutes approved</source>
        <translation>
            <numerusform>с утверждённым протоколом: %n</numerusform>
            <numerusform>с утверждённым протоколом: %n</numerusform>
            <numerusform>с утверждённым протоколом: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>выполнено: %n</numerusform>
            <numerusform>выполнено: %n</numerusform>
            <numerusform>выполнено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 supported, %2 noted</source>
        <translation>поддержано: %1, принято к сведению: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation>Заседаний не запланировано.</translation>
    </message>
    <message>
        <source>No action item is overdue.</source>
        <translation>Просроченных поручений нет.</translation>
    </message>
    <message>
        <source>No plan measure is overdue.</source>
        <translation>Просроченных мероприятий планов нет.</translation>
    </message>
    <message>
        <source>Nothing due in the next 6 months.</source>
        <translation>В ближайшие 6 месяцев сроков нет.</translation>
    </message>
    <message>
        <source>No report is overdue.</source>
        <translation>Просроченных докладов нет.</translation>
    </message>
    <message>
        <source>Loading the demo…</source>
        <translation>Загрузка демонстрационных данных…</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Type a decision and press Enter</source>
        <translation>Введите решение и нажмите Enter</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>A decision needs its text; delete it instead if it is not needed.</source>
        <translation>У решения должен быть текст; если оно не нужно, удалите его.</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Удалить решение</translation>
    </message>
    <message>
        <source>Delete decision %1, “%2”? The decisions after it are renumbered; its action items stay, no longer tied to a decision.</source>
        <translation>Удалить решение %1 «%2»? Последующие решения будут перенумерованы; его поручения сохранятся, но больше не будут связаны с решением.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Ends at</source>
        <translation>Окончание в</translation>
    </message>
    <message>
        <source>What the meeting is about</source>
        <translation>Тема заседания</translation>
    </message>
    <message>
        <source>e.g. Ashgabat, Ministry of Foreign Affairs</source>
        <translation>например, Ашхабад, Министерство иностранных дел</translation>
    </message>
    <message>
        <source>Type to find an organization</source>
        <translation>Начните вводить название организации</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>Начните вводить имя</translation>
    </message>
    <message>
        <source>Notes for the secretariat (not printed in the minutes)</source>
        <translation>Заметки для секретариата (не печатаются в протоколе)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>Ном&amp;ер</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Дата и время</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Место проведения</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes</source>
        <translation>&amp;Язык протокола</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Организатор</translation>
    </message>
    <message>
        <source>&amp;Chaired by</source>
        <translation>&amp;Председатель</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>&amp;Секретарь</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Пр&amp;имечания</translation>
    </message>
    <message>
        <source>Ctrl+S saves the details and the minutes.</source>
        <translation>Ctrl+S сохраняет сведения и протокол.</translation>
    </message>
    <message>
        <source>of %1 (numbers run per year)</source>
        <translation>за %1 год (нумерация ведётся в пределах года)</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Запись об этом заседании</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Язык протокола</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
</context>
<context>
    <name>DueReportDialog</name>
    <message>
        <source>Report on an indicator</source>
        <translation>Отчёт по индикатору</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Индикатор:</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>due</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <source>(keep the measure&apos;s status)</source>
        <translation>(сохранить статус мероприятия)</translation>
    </message>
    <message>
        <source>What was achieved against the indicator</source>
        <translation>Что достигнуто по индикатору</translation>
    </message>
    <message>
        <source>For the report &amp;due on:</source>
        <translation>За отчёт со &amp;сроком:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Дата &amp;получения:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Выберите электронную таблицу</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Импортировать:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>What the file does not say</source>
        <translation>Что не указано в файле</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods), text tables (.csv, .tsv, .txt) or tables of a Word document (.docx). Title rows above the table are fine; the columns are recognised by their titles in English, Russian or Turkmen.</source>
        <translation>Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods), текстовые таблицы (.csv, .tsv, .txt) или таблицы документа Word (.docx). Строки заголовка над таблицей допускаются; столбцы распознаются по их названиям на английском, русском или туркменском языке.</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Путь к файлу</translation>
    </message>
    <message>
        <source>&amp;Sheet or table:</source>
        <translation>&amp;Лист или таблица:</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.docx);;Excel workbooks (*.xlsx *.xlsm *.xls);;Text tables (*.csv *.tsv *.txt);;Word documents (*.docx);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.docx);;Книги Excel (*.xlsx *.xlsm *.xls);;Текстовые таблицы (*.csv *.tsv *.txt);;Документы Word (*.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>Чтение электронной таблицы</translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;: %n rows with content.</source>
        <translation>
            <numerusform>Лист «%1»: %n строка с содержимым.</numerusform>
            <numerusform>Лист «%1»: %n строки с содержимым.</numerusform>
            <numerusform>Лист «%1»: %n строк с содержимым.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a status questionnaire made by this application for %1.</source>
        <translation>Это анкета о ходе выполнения, созданная этим приложением для организации %1.</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Чтение отменено.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message>
        <source>Add &amp;review of action items</source>
        <translation>Добавить &amp;рассмотрение поручений</translation>
    </message>
    <message>
        <source>An item “Review of decisions and action items” listing the open action items of earlier meetings</source>
        <translation>Пункт «Рассмотрение решений и поручений» со списком открытых поручений предыдущих заседаний</translation>
    </message>
    <message>
        <source>Approve earlier &amp;minutes…</source>
        <translation>Утвердить &amp;протоколы предыдущих заседаний…</translation>
    </message>
    <message>
        <source>An item approving the minutes of an earlier meeting</source>
        <translation>Пункт об утверждении протокола предыдущего заседания</translation>
    </message>
    <message numerus="yes">
        <source>Add &amp;review of action items (%n open)</source>
        <translation>
            <numerusform>Добавить &amp;рассмотрение поручений (%n открытое)</numerusform>
            <numerusform>Добавить &amp;рассмотрение поручений (%n открытых)</numerusform>
            <numerusform>Добавить &amp;рассмотрение поручений (%n открытых)</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier minutes are waiting for approval.</source>
        <translation>Протоколов предыдущих заседаний, ожидающих утверждения, нет.</translation>
    </message>
    <message>
        <source>No. %1 of %2 — %3</source>
        <translation>№ %1 от %2 — %3</translation>
    </message>
    <message>
        <source>Approve earlier minutes</source>
        <translation>Утверждение протоколов предыдущих заседаний</translation>
    </message>
    <message>
        <source>Minutes to approve at this meeting:</source>
        <translation>Протоколы для утверждения на этом заседании:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>In each language:</source>
        <translation>На каждом языке:</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Открыто для изменения</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>добавлено: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>удалено: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Choose a record to see its history.</source>
        <translation>Выберите запись, чтобы просмотреть её историю.</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Не удалось прочитать историю: %1</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>Изменений не записано.</translation>
    </message>
    <message>
        <source>Changes, newest first: %1</source>
        <translation>Изменения (сначала новые): %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Every change to this meeting, newest first.</source>
        <translation>Все изменения этого заседания, сначала новые.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>minutes reopened</source>
        <translation>протокол открыт для изменения</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Новый индикатор</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Индикатор:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Кем представлен:</translation>
    </message>
    <message>
        <source>Reported &amp;every:</source>
        <translation>Отчётность &amp;каждые:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Исходное значение:</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>&amp;Целевое значение:</translation>
    </message>
    <message>
        <source>SDG tar&amp;gets:</source>
        <translation>З&amp;адачи ЦУР:</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Indicators</source>
        <translation>Индикаторы</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Кем представлен</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Следующий срок</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Report on a due date…</source>
        <translation>Отчёт за срок…</translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n пропущен</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>all received</source>
        <translation>все получены</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>SDG targets: %1</source>
        <translation>Задачи ЦУР: %1</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Удалить индикатор</translation>
    </message>
    <message>
        <source>Delete the indicator “%1”? Its progress reports stay with the measure.</source>
        <translation>Удалить индикатор «%1»? Его отчёты о ходе выполнения останутся у мероприятия.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Words of the text or the number…</source>
        <translation>Слова из текста или номер…</translation>
    </message>
    <message numerus="yes">
        <source>%n linked.</source>
        <translation>
            <numerusform>Связано: %n.</numerusform>
            <numerusform>Связано: %n.</numerusform>
            <numerusform>Связано: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures implementing the recommendation</source>
        <translation>Мероприятия по выполнению рекомендации</translation>
    </message>
    <message>
        <source>Recommendations the measure answers</source>
        <translation>Рекомендации, на которые отвечает мероприятие</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Print &amp;minutes…</source>
        <translation>Напечатать &amp;протокол…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>&amp;About Secretariat</source>
        <translation>&amp;О программе «Секретариат»</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation>База данных «Секретариата» (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Проверьте столбцы</translation>
    </message>
    <message>
        <source>Each column of the sheet and what it will be imported as. Correct a column by choosing another field; the correction is remembered for files of the same layout.</source>
        <translation>Каждый столбец листа и то, как он будет импортирован. Чтобы исправить столбец, выберите другое поле; исправление запоминается для файлов с такой же структурой.</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Строка заголовков:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Title in the file</source>
        <translation>Заголовок в файле</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Choose the header row and say which column holds what.</source>
        <translation>Выберите строку заголовков и укажите, что содержится в каждом столбце.</translation>
    </message>
    <message>
        <source>This layout was seen before: the columns are mapped as you corrected them then.</source>
        <translation>Такая структура уже встречалась: столбцы сопоставлены так, как вы исправили их тогда.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation>Ещё нужно выбрать: %1.</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Отметить как выполненное</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>Drop the action item</source>
        <translation>Снять поручение</translation>
    </message>
    <message>
        <source>Action item:</source>
        <translation>Поручение:</translation>
    </message>
    <message>
        <source>New &amp;due date:</source>
        <translation>Новый &amp;срок:</translation>
    </message>
    <message>
        <source>Why it is dropped (required)</source>
        <translation>Почему снимается (обязательно)</translation>
    </message>
    <message>
        <source>What was said about it (optional)</source>
        <translation>Что было сказано по нему (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>MeasureDetail</name>
    <message>
        <source>Progress reports</source>
        <translation>Отчёты о ходе выполнения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Записать ход выполнения…</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Удалить отчёт</translation>
    </message>
    <message>
        <source>Recommendations answered</source>
        <translation>Рекомендации, на которые отвечает мероприятие</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Связать…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <source>Choose a measure to see its details, progress and the recommendations it answers.</source>
        <translation>Выберите мероприятие, чтобы увидеть сведения о нём, ход выполнения и рекомендации, на которые оно отвечает.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Задачи ЦУР</translation>
    </message>
    <message>
        <source>No recommendation linked yet.</source>
        <translation>Связанных рекомендаций пока нет.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Not understood: it will be kept exactly as written and flagged for review.</source>
        <translation>Не распознано: значение будет сохранено точно так, как написано, и помечено для проверки.</translation>
    </message>
    <message>
        <source>Recurring, no dates (the plan has no period).</source>
        <translation>Периодически, без дат (у плана нет периода).</translation>
    </message>
    <message>
        <source>No deadline.</source>
        <translation>Без срока.</translation>
    </message>
    <message>
        <source>Recurring within %1</source>
        <translation>Периодически в период %1</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Раздел:</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(без раздела)</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>as written: 2021-2025, annually, Q2 2024, 31.12.2024, IV кв. 2024…</source>
        <translation>как написано: 2021-2025, ежегодно, II кв. 2024, 31.12.2024, IV кв. 2024…</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation>Организации:</translation>
    </message>
    <message>
        <source>SDG ta&amp;rgets:</source>
        <translation>&amp;Задачи ЦУР:</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>&amp;1 Details</source>
        <translation>&amp;1 Сведения</translation>
    </message>
    <message>
        <source>&amp;2 Attendance</source>
        <translation>&amp;2 Присутствие</translation>
    </message>
    <message>
        <source>&amp;3 Agenda</source>
        <translation>&amp;3 Повестка дня</translation>
    </message>
    <message>
        <source>&amp;4 Minutes</source>
        <translation>&amp;4 Протокол</translation>
    </message>
    <message>
        <source>&amp;5 Action items</source>
        <translation>&amp;5 Поручения</translation>
    </message>
    <message>
        <source>&amp;6 History</source>
        <translation>&amp;6 История</translation>
    </message>
    <message>
        <source>Unsaved text kept safe at %1 (Ctrl+S saves it)</source>
        <translation>Несохранённый текст сохранён в %1 (Ctrl+S — сохранить)</translation>
    </message>
    <message>
        <source>Could not keep a draft: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Заседание</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Revert unsaved changes…</source>
        <translation>&amp;Отменить несохранённые изменения…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation>&amp;Напечатать протокол…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>This meeting was deleted.</source>
        <translation>Это заседание удалено.</translation>
    </message>
    <message>
        <source>(untitled meeting)</source>
        <translation>(заседание без названия)</translation>
    </message>
    <message>
        <source>Meeting %1 — %2</source>
        <translation>Заседание %1 — %2</translation>
    </message>
    <message>
        <source>Unsaved changes — Ctrl+S saves</source>
        <translation>Есть несохранённые изменения — Ctrl+S сохраняет</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Drop the changes typed since the last save?</source>
        <translation>Отменить изменения, внесённые после последнего сохранения?</translation>
    </message>
    <message>
        <source>Drop my changes</source>
        <translation>Отменить мои изменения</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Утверждение протокола</translation>
    </message>
    <message>
        <source>Approve the minutes of meeting %1? They will be locked against changes; reopening them later is recorded in the history.</source>
        <translation>Утвердить протокол заседания %1? Он будет защищён от изменений; последующее открытие для изменения фиксируется в истории.</translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation>Утвердить и заблокировать</translation>
    </message>
    <message>
        <source>Reopen the approved minutes</source>
        <translation>Открытие утверждённого протокола для изменения</translation>
    </message>
    <message>
        <source>Why are the approved minutes of meeting %1 reopened? (recorded in the history)</source>
        <translation>Почему утверждённый протокол заседания %1 открывается для изменения? (фиксируется в истории)</translation>
    </message>
    <message>
        <source>The minutes are reopened; approve them again when done.</source>
        <translation>Протокол открыт для изменения; по завершении утвердите его снова.</translation>
    </message>
    <message>
        <source>Text typed on %1 was never saved, but these minutes are now approved and locked. Reopen the minutes to use it, or discard it.</source>
        <translation>Текст, введённый %1, не был сохранён, но этот протокол теперь утверждён и заблокирован. Чтобы использовать текст, откройте протокол для изменения или удалите текст.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Text typed on %1 had not been saved when Secretariat closed. It has been put back: check it and press Ctrl+S to save it.</source>
        <translation>Текст, введённый %1, не был сохранён при закрытии «Секретариата». Он восстановлен: проверьте его и нажмите Ctrl+S, чтобы сохранить.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to meeting %1 before closing?</source>
        <translation>Сохранить изменения в заседании %1 перед закрытием?</translation>
    </message>
</context>
<context>
    <name>MeetingPicker</name>
    <message>
        <source>Choose a meeting</source>
        <translation>Выбор заседания</translation>
    </message>
    <message>
        <source>Type part of the number, date or title…</source>
        <translation>Введите часть номера, даты или названия…</translation>
    </message>
    <message>
        <source>There are no meetings yet.</source>
        <translation>Заседаний пока нет.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Новое заседание…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Same as &amp;last meeting…</source>
        <translation>По образцу &amp;последнего заседания…</translation>
    </message>
    <message>
        <source>A new meeting with the attendance and standing agenda of the latest one (Ctrl+Shift+N)</source>
        <translation>Новое заседание со списком присутствующих и постоянными пунктами повестки дня последнего заседания (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Дублировать…</translation>
    </message>
    <message>
        <source>A new meeting like the selected one (Ctrl+D)</source>
        <translation>Новое заседание по образцу выбранного (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Enter или двойной щелчок</translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation>&amp;Напечатать протокол…</translation>
    </message>
    <message>
        <source>Preview and print the minutes of the selected meeting (Ctrl+P)</source>
        <translation>Просмотреть и напечатать протокол выбранного заседания (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Search titles and minutes, in any language (Ctrl+F)…</source>
        <translation>Поиск по названиям и протоколам на любом языке (Ctrl+F)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1 · checked out to %2</source>
        <translation>%1 · взято пользователем %2</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n заседание</numerusform>
            <numerusform>%n заседания</numerusform>
            <numerusform>%n заседаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✎ Unsaved minutes from an earlier session in %n meetings: %1. Click to open them and check the text.</source>
        <translation>
            <numerusform>✎ Несохранённый с прошлого сеанса текст протокола в %n заседании: %1. Нажмите, чтобы открыть его и проверить текст.</numerusform>
            <numerusform>✎ Несохранённый с прошлого сеанса текст протоколов в %n заседаниях: %1. Нажмите, чтобы открыть их и проверить текст.</numerusform>
            <numerusform>✎ Несохранённый с прошлого сеанса текст протоколов в %n заседаниях: %1. Нажмите, чтобы открыть их и проверить текст.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting not found</source>
        <translation>Заседание не найдено</translation>
    </message>
    <message>
        <source>Approved minutes</source>
        <translation>Утверждённый протокол</translation>
    </message>
    <message>
        <source>The minutes of meeting %1 are approved: it cannot be deleted. Open it and reopen the minutes first if it really has to go.</source>
        <translation>Протокол заседания %1 утверждён: заседание нельзя удалить. Если его действительно нужно удалить, откройте его и сначала откройте протокол для изменения.</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items</source>
        <translation>
            <numerusform>%n пункт повестки дня</numerusform>
            <numerusform>%n пункта повестки дня</numerusform>
            <numerusform>%n пунктов повестки дня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n решение</numerusform>
            <numerusform>%n решения</numerusform>
            <numerusform>%n решений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <translation>
            <numerusform>%n поручение</numerusform>
            <numerusform>%n поручения</numerusform>
            <numerusform>%n поручений</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Удалить заседание</translation>
    </message>
    <message>
        <source>Delete meeting %1, “%2”, with its %3?</source>
        <translation>Удалить заседание %1 «%2» вместе со связанными записями (%3)?</translation>
    </message>
    <message>
        <source>Meeting %1 deleted.</source>
        <translation>Заседание %1 удалено.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate organizations</source>
        <translation>Объединить дублирующиеся организации</translation>
    </message>
    <message>
        <source>Keep one of these organizations. Everything that refers to the others — plan measures, recommendations, meetings, attendance, action items, people, progress reports, reports to UN bodies, sub-organizations — will refer to the one kept, and the others are deleted. The merge is recorded in the audit log.</source>
        <translation>Оставьте одну из этих организаций. Всё, что ссылается на остальные, — мероприятия планов, рекомендации, заседания, присутствие, поручения, лица, отчёты о ходе выполнения, доклады органам ООН, подчинённые организации — будет ссылаться на оставленную, а остальные будут удалены. Объединение фиксируется в журнале аудита.</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Используется: %1</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Оставить:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
</context>
<context>
    <name>MergeIntoDialog</name>
    <message>
        <source>Merge into another organization</source>
        <translation>Объединение с другой организацией</translation>
    </message>
    <message>
        <source>Everything that refers to “%1” will refer to the organization chosen here, and “%1” is deleted. The merge is recorded in the audit log.</source>
        <translation>Всё, что ссылается на «%1», будет ссылаться на выбранную здесь организацию, а «%1» будет удалена. Объединение фиксируется в журнале аудита.</translation>
    </message>
    <message>
        <source>&amp;Merge into:</source>
        <translation>&amp;Объединить с:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Choose the organization to merge into.</source>
        <translation>Выберите организацию, с которой нужно объединить.</translation>
    </message>
</context>
<context>
    <name>MinutesLifecycle</name>
    <message>
        <source>The minutes are circulated; the PDF sent is kept.</source>
        <translation>Протокол разослан; отправленный PDF сохранён.</translation>
    </message>
    <message>
        <source>C&amp;irculate minutes…</source>
        <translation>&amp;Разослать протокол…</translation>
    </message>
    <message>
        <source>Minutes re&amp;visions…</source>
        <translation>&amp;Редакции протокола…</translation>
    </message>
</context>
<context>
    <name>MinutesPane</name>
    <message>
        <source>HEARD — who reported, on what</source>
        <translation>СЛУШАЛИ — кто и о чём докладывал</translation>
    </message>
    <message>
        <source>SPOKE — the discussion</source>
        <translation>ВЫСТУПИЛИ — обсуждение</translation>
    </message>
    <message>
        <source>e.g. A. Orazowa reported on the draft Work Plan for 2024…</source>
        <translation>например, А. Оразова доложила о проекте плана работы на 2024 год…</translation>
    </message>
    <message>
        <source>Who spoke and what they proposed…</source>
        <translation>Кто выступил и что предложил…</translation>
    </message>
    <message>
        <source>DECIDED — decisions numbered within the item</source>
        <translation>РЕШИЛИ — решения с нумерацией в пределах пункта</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>✎ marks items with text not saved yet (Ctrl+S saves)</source>
        <translation>✎ отмечает пункты с несохранённым текстом (Ctrl+S — сохранить)</translation>
    </message>
    <message>
        <source>The agenda is empty. Add agenda items on the Agenda tab; their minutes are written here.</source>
        <translation>Повестка дня пуста. Добавьте пункты на вкладке «Повестка дня»; протокол по ним ведётся здесь.</translation>
    </message>
</context>
<context>
    <name>MissedReportsPanel</name>
    <message>
        <source>Missed indicator reports</source>
        <translation>Пропущенные отчёты по индикаторам</translation>
    </message>
    <message numerus="yes">
        <source>Missed indicator reports (%n)</source>
        <translation>
            <numerusform>Пропущенные отчёты по индикаторам (%n)</numerusform>
            <numerusform>Пропущенные отчёты по индикаторам (%n)</numerusform>
            <numerusform>Пропущенные отчёты по индикаторам (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>no organization named</source>
        <translation>организация не указана</translation>
    </message>
    <message>
        <source>No indicator report is missing.</source>
        <translation>Пропущенных отчётов по индикаторам нет.</translation>
    </message>
</context>
<context>
    <name>NationalReportDialog</name>
    <message>
        <source>New report to a UN body</source>
        <translation>Новый доклад органу ООН</translation>
    </message>
    <message>
        <source>Edit report</source>
        <translation>Изменить доклад</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Механизм:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>e.g. Third periodic report</source>
        <translation>например, третий периодический доклад</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Цикл:</translation>
    </message>
    <message>
        <source>Period &amp;from (year):</source>
        <translation>Период &amp;с (год):</translation>
    </message>
    <message>
        <source>Period t&amp;o (year):</source>
        <translation>Период по (&amp;год):</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>Сро&amp;к представления:</translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation>Дата п&amp;редставления:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Отв&amp;етственный:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
</context>
<context>
    <name>NationalReportsPage</name>
    <message>
        <source>Reports to UN bodies</source>
        <translation>Доклады органам ООН</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>&amp;Calendar of a year</source>
        <translation>&amp;Календарь на год</translation>
    </message>
    <message>
        <source>Search body, title, notes…</source>
        <translation>Поиск по органу, названию, примечаниям…</translation>
    </message>
    <message>
        <source>Any mechanism</source>
        <translation>Любой механизм</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Due in the next 6 months</source>
        <translation>Срок в ближайшие 6 месяцев</translation>
    </message>
    <message>
        <source>Not yet submitted</source>
        <translation>Ещё не представлены</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Red: overdue (due date passed, not submitted). Orange: due in the next 6 months.</source>
        <translation>Красный: просрочено (срок прошёл, доклад не представлен). Оранжевый: срок в ближайшие 6 месяцев.</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Новый доклад…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Overdue: due %1 and not submitted</source>
        <translation>Просрочено: срок %1, не представлен</translation>
    </message>
    <message>
        <source>Due within 6 months</source>
        <translation>Срок в течение 6 месяцев</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>Любой орган</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>Показано: %n</numerusform>
            <numerusform>Показано: %n</numerusform>
            <numerusform>Показано: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the report “%1 — %2”?</source>
        <translation>Удалить доклад «%1 — %2»?</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Nothing: start with an empty meeting</source>
        <translation>Ничего: начать с пустого заседания</translation>
    </message>
    <message>
        <source>The new meeting gets the attendance list and the standing agenda items of the meeting chosen here.</source>
        <translation>Новое заседание получит список присутствующих и постоянные пункты повестки дня выбранного здесь заседания.</translation>
    </message>
    <message>
        <source>e.g. Regular meeting of the Commission</source>
        <translation>например, Очередное заседание Комиссии</translation>
    </message>
    <message>
        <source>&amp;Same as</source>
        <translation>&amp;Как у заседания</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Дата и время</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Место проведения</translation>
    </message>
    <message>
        <source>The number is given automatically (the next one in the year); it can be changed in the meeting&apos;s details.</source>
        <translation>Номер присваивается автоматически (следующий в году); его можно изменить в сведениях о заседании.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <source>e.g. a.ataev</source>
        <translation>например: a.ataev</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>&amp;Повторите пароль:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>As the file says (UPR if it says nothing)</source>
        <translation>Как указано в файле (УПО, если ничего не указано)</translation>
    </message>
    <message>
        <source>Universal Periodic Review</source>
        <translation>Универсальный периодический обзор</translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation>Договорный орган</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Специальная процедура</translation>
    </message>
    <message>
        <source>e.g. CEDAW (for treaty bodies)</source>
        <translation>например, CEDAW (для договорных органов)</translation>
    </message>
    <message>
        <source>As the title rows say</source>
        <translation>Как указано в строках названия</translation>
    </message>
    <message>
        <source>e.g. CEDAW/C/TKM/CO/6</source>
        <translation>например, CEDAW/C/TKM/CO/6</translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation>Механизм:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <source>UPR cycle:</source>
        <translation>Цикл УПО:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Сессия:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Lists covering many States (UPR Info&apos;s export) import only the rows of this State; the others are reported as skipped.</source>
        <translation>Из списков по многим государствам (экспорт UPR Info) импортируются только строки этого государства; остальные отмечаются как пропущенные.</translation>
    </message>
    <message>
        <source>State under review:</source>
        <translation>Государство — объект обзора:</translation>
    </message>
    <message>
        <source>&amp;Keep it as the Commission&apos;s State under review</source>
        <translation>&amp;Сохранить как государство — объект обзора Комиссии</translation>
    </message>
    <message>
        <source>Stored in the database for every import from now on; on a shared database only an administrator may change it.</source>
        <translation>Сохраняется в базе данных для всех последующих импортов; в общей базе данных изменить его может только администратор.</translation>
    </message>
    <message>
        <source>Existing plan:</source>
        <extracomment>What the run page stores before importing (None: nothing to store).</extracomment>
        <translation>Существующий план:</translation>
    </message>
    <message>
        <source>New plan:</source>
        <translation>Новый план:</translation>
    </message>
    <message>
        <source>Title, e.g. National Action Plan on Human Rights 2021-2025</source>
        <translation>Название, например: Национальный план действий в области прав человека на 2021–2025 годы</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>Date of reports without a date:</source>
        <translation>Дата отчётов без даты:</translation>
    </message>
    <message>
        <source>Date of the progress reports:</source>
        <translation>Дата отчётов о ходе выполнения:</translation>
    </message>
    <message>
        <source>As the file&apos;s &quot;Plan&quot; column says</source>
        <translation>Как указано в столбце «План» файла</translation>
    </message>
</context>
<context>
    <name>OrgChecklist</name>
    <message>
        <source>Type to find an organization…</source>
        <translation>Начните вводить название организации…</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <source>None chosen.</source>
        <translation>Ничего не выбрано.</translation>
    </message>
    <message>
        <source>There is no organization called “%1” in the directory. Choose one from the list, or add it under Organizations first.</source>
        <translation>Организации «%1» нет в справочнике. Выберите организацию из списка или сначала добавьте её в разделе «Организации».</translation>
    </message>
    <message>
        <source>“%1” names several organizations: %2. Choose one from the list.</source>
        <translation>«%1» подходит сразу к нескольким организациям: %2. Выберите одну из списка.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>New organization</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Изменить организацию</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>Входит в &amp;состав:</translation>
    </message>
    <message>
        <source>&amp;Member of the Commission</source>
        <translation>&amp;Член Комиссии</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Search names (any language)…</source>
        <translation>Поиск по названиям (на любом языке)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Член Комиссии</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>New organization…</source>
        <translation>Новая организация…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>Объединить дубликаты…</translation>
    </message>
    <message>
        <source>Select two or more spellings of one organization and merge them</source>
        <translation>Выберите два или более варианта написания одной организации и объедините их</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Новое лицо…</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Изменить сведения о лице…</translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation>Удалить лицо…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>Показано: %n</numerusform>
            <numerusform>Показано: %n</numerusform>
            <numerusform>Показано: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — used by: %2</source>
        <translation>%1 — используется: %2</translation>
    </message>
    <message>
        <source>People of %1</source>
        <translation>Сотрудники: %1</translation>
    </message>
    <message>
        <source>“%1” is used by: %2.

Deleting it removes it from all of these (people, measures and meetings keep their records without it).</source>
        <translation>«%1» используется в: %2.

При удалении она будет удалена из всех этих записей (лица, мероприятия и заседания сохранят свои записи без неё).</translation>
    </message>
    <message numerus="yes">
        <source>It attended %n meetings in its own name: those entries are removed from the attendance lists.</source>
        <translation>
            <numerusform>Она присутствовала от своего имени на %n заседании: эти записи будут удалены из списков присутствующих.</numerusform>
            <numerusform>Она присутствовала от своего имени на %n заседаниях: эти записи будут удалены из списков присутствующих.</numerusform>
            <numerusform>Она присутствовала от своего имени на %n заседаниях: эти записи будут удалены из списков присутствующих.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it is a duplicate, press Merge… to move everything to the right organization instead, so nothing is lost. Delete anyway?</source>
        <translation>Если это дубликат, нажмите «Объединить…», чтобы перенести всё в нужную организацию и ничего не потерять. Всё равно удалить?</translation>
    </message>
    <message>
        <source>Delete “%1”? It is not used anywhere.</source>
        <translation>Удалить «%1»? Организация нигде не используется.</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Удалить организацию</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Select two or more organizations (Ctrl+click) to merge them.</source>
        <translation>Выберите две или более организации (Ctrl+щелчок), чтобы объединить их.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Удалить лицо</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation>Удалить «%1» из справочника?</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Предварительный просмотр: %1</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Со&amp;хранить как…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF не сохранён</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Не удалось напечатать</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Изменить сведения о лице</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>«%1» не похоже на адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message numerus="yes">
        <source>The database holds %n records here. Screens to work with them are not available in this version yet; the command line can already report on them (secretariat summary).</source>
        <translation>
            <numerusform>В базе данных здесь %n запись. Экранов для работы с такими записями в этой версии пока нет; сведения о них уже можно получить из командной строки (secretariat summary).</numerusform>
            <numerusform>В базе данных здесь %n записи. Экранов для работы с ними в этой версии пока нет; сведения о них уже можно получить из командной строки (secretariat summary).</numerusform>
            <numerusform>В базе данных здесь %n записей. Экранов для работы с ними в этой версии пока нет; сведения о них уже можно получить из командной строки (secretariat summary).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Изменить план</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Short title:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Period &amp;from (year):</source>
        <translation>Период &amp;с (год):</translation>
    </message>
    <message>
        <source>Period &amp;to (year):</source>
        <translation>Период п&amp;о (год):</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>Дата &amp;принятия:</translation>
    </message>
    <message>
        <source>Adopting &amp;act:</source>
        <translation>&amp;Акт о принятии:</translation>
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
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Последние сведения о ходе выполнения</translation>
    </message>
    <message>
        <source>measures: %1</source>
        <translation>мероприятий: %1</translation>
    </message>
    <message>
        <source>matching: %1</source>
        <translation>соответствует: %1</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>просрочено: %1</translation>
    </message>
    <message>
        <source>This deadline could not be understood, so it is kept exactly as written and is not counted as overdue. Edit the measure to write it as a year, quarter or date.</source>
        <translation>Этот срок не распознан, поэтому он сохранён в точности как написан и не считается просроченным. Измените мероприятие и укажите срок в виде года, квартала или даты.</translation>
    </message>
    <message>
        <source>Recurring, no dates</source>
        <translation>Постоянно, без дат</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>Recurring within %1</source>
        <translation>Периодически в период %1</translation>
    </message>
    <message>
        <source>Understood as %1</source>
        <translation>Распознано как %1</translation>
    </message>
    <message>
        <source>Overdue: the deadline has passed and the measure is not completed.</source>
        <translation>Просрочено: срок прошёл, а мероприятие не выполнено.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <source>Search measures (number, text, indicators; any language)…</source>
        <translation>Поиск мероприятий (номер, текст, индикаторы; на любом языке)…</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Любая роль</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>The year the deadline ends in</source>
        <translation>Год окончания срока</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Просроченные</translation>
    </message>
    <message>
        <source>Deadline passed and the measure is not completed</source>
        <translation>Срок прошёл, а мероприятие не выполнено</translation>
    </message>
    <message>
        <source>Deadline &amp;not understood</source>
        <translation>Срок &amp;не распознан</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Новый план…</translation>
    </message>
    <message>
        <source>New section…</source>
        <translation>Новый раздел…</translation>
    </message>
    <message>
        <source>New measure…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Записать ход выполнения…</translation>
    </message>
    <message>
        <source>Link recommendations…</source>
        <translation>Связать с рекомендациями…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Мероприятия планов</translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching</source>
        <translation>
            <numerusform>Соответствует: %n</numerusform>
            <numerusform>Соответствует: %n</numerusform>
            <numerusform>Соответствует: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>Любая организация</translation>
    </message>
    <message>
        <source>Any deadline year</source>
        <translation>Любой год срока</translation>
    </message>
    <message>
        <source>Measure %1 deleted.</source>
        <translation>Мероприятие %1 удалено.</translation>
    </message>
    <message>
        <source>Delete section “%1”? Its %2 and %3 are kept: they move up one level.</source>
        <translation>Удалить раздел «%1»? Входящие в него %2 и %3 сохранятся: они переместятся на уровень выше.</translation>
    </message>
    <message numerus="yes">
        <source>%n subsections</source>
        <translation>
            <numerusform>%n подраздел</numerusform>
            <numerusform>%n подраздела</numerusform>
            <numerusform>%n подразделов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the whole plan “%1” with all its %n measures and their progress reports? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить весь план «%1» со всеми его мероприятиями (%n) и отчётами о ходе их выполнения? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить весь план «%1» со всеми его мероприятиями (%n) и отчётами о ходе их выполнения? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить весь план «%1» со всеми его мероприятиями (%n) и отчётами о ходе их выполнения? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete progress report</source>
        <translation>Удалить отчёт о ходе выполнения</translation>
    </message>
    <message>
        <source>Delete this progress report? The measure&apos;s status is not changed.</source>
        <translation>Удалить этот отчёт о ходе выполнения? Статус мероприятия не изменится.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>Причина / что изменится</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will be done</source>
        <translation>Проверьте, что будет сделано</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to write all of it in one go; a cancelled or failed import writes nothing.</source>
        <translation>Пока ничего не записано. Нажмите «Импортировать», чтобы записать всё за один раз; при отмене или сбое импорта ничего не записывается.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Leave out the rows with errors and import the others</source>
        <translation>Пропустить строки с ошибками и импортировать остальные</translation>
    </message>
    <message>
        <source>Comparing the rows with the database…</source>
        <translation>Сравнение строк с базой данных…</translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Подготовка предварительного просмотра</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to skip, %4 with errors.</source>
        <translation>Будет создано: %1, обновлено: %2, пропущено: %3, с ошибками: %4.</translation>
    </message>
    <message>
        <source>There is nothing to import: everything is already recorded.</source>
        <translation>Импортировать нечего: всё уже записано.</translation>
    </message>
    <message>
        <source>The preview was cancelled. Go back and try again.</source>
        <translation>Предварительный просмотр отменён. Вернитесь назад и повторите попытку.</translation>
    </message>
    <message>
        <source>The preview could not be prepared: %1</source>
        <translation>Не удалось подготовить предварительный просмотр: %1</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation>Записать ход выполнения</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Кем представлен:</translation>
    </message>
    <message>
        <source>&amp;Status now:</source>
        <translation>&amp;Текущий статус:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Что сделано:</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Export status questionnaires</source>
        <translation>Экспорт анкет о ходе выполнения</translation>
    </message>
    <message>
        <source>One Excel workbook per organization with the plan measures it leads or co-implements and the recommendations it is responsible for. Only the status and progress columns can be filled in; import the returned files with File → Import from Excel.</source>
        <translation>Одна книга Excel на каждую организацию с мероприятиями планов, которые она выполняет как ответственный исполнитель или соисполнитель, и рекомендациями, за которые она отвечает. Заполнять можно только столбцы статуса и хода выполнения; возвращённые файлы импортируйте через Файл → Импорт из Excel.</translation>
    </message>
    <message>
        <source>Each organization with something to report</source>
        <translation>Каждая организация, которой есть о чём отчитаться</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Include completed measures and implemented recommendations</source>
        <translation>Включить выполненные мероприятия и выполненные рекомендации</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Folder for the questionnaires</source>
        <translation>Папка для анкет</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Выберите папку.</translation>
    </message>
    <message>
        <source>Writing the questionnaires…</source>
        <translation>Запись анкет…</translation>
    </message>
    <message>
        <source>Writing questionnaires</source>
        <translation>Запись анкет</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires written to %1.</source>
        <translation>
            <numerusform>%n анкета записана в %1.</numerusform>
            <numerusform>%n анкеты записаны в %1.</numerusform>
            <numerusform>%n анкет записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The questionnaires could not be written: %1</source>
        <translation>Не удалось записать анкеты: %1</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>New recommendation</source>
        <translation>Новая рекомендация</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Изменить рекомендацию</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Themes, SDGs, responsible</source>
        <translation>Темы, ЦУР, ответственные</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Механизм:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Цикл:</translation>
    </message>
    <message>
        <source>Se&amp;ssion:</source>
        <translation>С&amp;ессия:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>&amp;Paragraph:</source>
        <translation>&amp;Пункт:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Recommending s&amp;tates:</source>
        <translation>Рекомендующие &amp;государства:</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>через точку с запятой</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>Поз&amp;иция:</translation>
    </message>
    <message>
        <source>Source of position:</source>
        <translation>Источник позиции:</translation>
    </message>
    <message>
        <source>&amp;Implementation:</source>
        <translation>&amp;Выполнение:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>Оце&amp;нка:</translation>
    </message>
    <message>
        <source>Themes (one per line or separated by semicolons):</source>
        <translation>Темы (по одной в строке или через точку с запятой):</translation>
    </message>
    <message>
        <source>Groups of persons:</source>
        <translation>Группы лиц:</translation>
    </message>
    <message>
        <source>Sustainable Development Goals:</source>
        <translation>Цели устойчивого развития:</translation>
    </message>
    <message>
        <source>SDG targets (a target&apos;s goal is checked with it):</source>
        <translation>Задачи ЦУР (вместе с задачей отмечается ее цель):</translation>
    </message>
    <message>
        <source>Responsible organizations:</source>
        <translation>Ответственные организации:</translation>
    </message>
    <message>
        <source>Say which body made the recommendation (UPR, CEDAW, …).</source>
        <translation>Укажите, какой орган вынес рекомендацию (УПО, CEDAW, …).</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Recommending states</source>
        <translation>Рекомендующие государства</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the measure in its plan.</source>
        <translation>Дважды щёлкните (или нажмите Enter), чтобы открыть мероприятие в его плане.</translation>
    </message>
    <message>
        <source>Plan measures implementing it</source>
        <translation>Мероприятия планов по её выполнению</translation>
    </message>
    <message>
        <source>Link measures…</source>
        <translation>Связать с мероприятиями…</translation>
    </message>
    <message>
        <source>Search the text, paragraph, assessment (any language)…</source>
        <translation>Поиск по тексту, пункту, оценке (на любом языке)…</translation>
    </message>
    <message>
        <source>Any mechanism</source>
        <translation>Любой механизм</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Любая позиция</translation>
    </message>
    <message>
        <source>Any implementation status</source>
        <translation>Любой статус выполнения</translation>
    </message>
    <message>
        <source>Any SDG</source>
        <translation>Любая ЦУР</translation>
    </message>
    <message>
        <source>Linked to measures</source>
        <translation>Связаны с мероприятиями</translation>
    </message>
    <message>
        <source>Not linked to a measure</source>
        <translation>Не связаны с мероприятиями</translation>
    </message>
    <message>
        <source>Linked or not</source>
        <translation>Связаны или нет</translation>
    </message>
    <message>
        <source>Para. starts with…</source>
        <translation>Пункт начинается с…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>New recommendation…</source>
        <translation>Новая рекомендация…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Change selected…</source>
        <translation>Изменить выбранные…</translation>
    </message>
    <message>
        <source>Set the status or responsible organizations of all selected</source>
        <translation>Задать статус или ответственные организации для всех выбранных</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>Любой орган</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Цикл %1</translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation>Любой цикл</translation>
    </message>
    <message>
        <source>Any recommending state</source>
        <translation>Любое рекомендующее государство</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Группа: %1</translation>
    </message>
    <message>
        <source>Any theme or group</source>
        <translation>Любая тема или группа</translation>
    </message>
    <message>
        <source>Any responsible</source>
        <translation>Любой ответственный</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>Показано: %n</numerusform>
            <numerusform>Показано: %n</numerusform>
            <numerusform>Показано: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a recommendation to read it in full.</source>
        <translation>Выберите рекомендацию, чтобы прочитать её полностью.</translation>
    </message>
    <message>
        <source>Groups of persons</source>
        <translation>Группы лиц</translation>
    </message>
    <message>
        <source>No measure linked yet.</source>
        <translation>Связанных мероприятий пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recommendations with their links to measures, themes and organizations? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n рекомендацию вместе с её связями с мероприятиями, темами и организациями? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n рекомендации вместе с их связями с мероприятиями, темами и организациями? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n рекомендаций вместе с их связями с мероприятиями, темами и организациями? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>RecoveryBar</name>
    <message>
        <source>Discard the recovered text</source>
        <translation>Удалить восстановленный текст</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Limit to a period</source>
        <translation>Ограничить периодом</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Все планы</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <source>All mechanisms</source>
        <translation>Все механизмы</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation>Механизм:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>По состоянию на:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>ReportsCalendarView</name>
    <message>
        <source>Previous year (Alt+Left)</source>
        <translation>Предыдущий год (Alt+Влево)</translation>
    </message>
    <message>
        <source>Next year (Alt+Right)</source>
        <translation>Следующий год (Alt+Вправо)</translation>
    </message>
    <message>
        <source>Recorded reports</source>
        <translation>Внесённые доклады</translation>
    </message>
    <message>
        <source>Not yet recorded</source>
        <translation>Ещё не внесённые</translation>
    </message>
    <message>
        <source>Recorded and computed</source>
        <translation>Внесённые и рассчитанные</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Предыдущий год</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Следующий год</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Reporting cycles</source>
        <translation>Циклы представления докладов</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Вступил в силу</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Первоначальный</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Committee&apos;s date</source>
        <translation>Срок, установленный комитетом</translation>
    </message>
    <message>
        <source>Edit cycle…</source>
        <translation>Изменить цикл…</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>Любой орган</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>as requested</source>
        <translation>по запросу</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>не введено</translation>
    </message>
    <message>
        <source>No dates entered for: %1. Their reports are not computed.</source>
        <translation>Даты не введены для: %1. Сроки их докладов не рассчитываются.</translation>
    </message>
    <message>
        <source>Overdue: due %1 and not submitted</source>
        <translation>Просрочено: срок %1, не представлен</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n срок</numerusform>
            <numerusform>%n срока</numerusform>
            <numerusform>%n сроков</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Внесён</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Договор</translation>
    </message>
</context>
<context>
    <name>ResponsibleList</name>
    <message>
        <source>Add a responsible organization: type part of its name</source>
        <translation>Добавить ответственную организацию: введите часть её названия</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation>Нет в справочнике</translation>
    </message>
    <message>
        <source>“%1” is not in the directory. Add it as a new organization?</source>
        <translation>«%1» нет в справочнике. Добавить как новую организацию?</translation>
    </message>
    <message>
        <source>Add organization</source>
        <translation>Добавить организацию</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions of the minutes of meeting %1</source>
        <translation>Редакции протокола заседания %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Only the &amp;changed parts</source>
        <translation>Только &amp;изменённые части</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>&amp;Более ранняя:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Более поздняя:</translation>
    </message>
    <message>
        <source>&amp;Restore the older revision…</source>
        <translation>&amp;Восстановить более раннюю редакцию…</translation>
    </message>
    <message>
        <source>Saves its text as a new revision; nothing is overwritten</source>
        <translation>Сохраняет её текст как новую редакцию; ничего не перезаписывается</translation>
    </message>
    <message>
        <source>No. %1 — %2</source>
        <translation>№ %1 — %2</translation>
    </message>
    <message>
        <source>No revision yet: every save of the minutes (Ctrl+S) keeps one.</source>
        <translation>Редакций пока нет: каждое сохранение протокола (Ctrl+S) создаёт редакцию.</translation>
    </message>
    <message>
        <source>The two revisions have the same text.</source>
        <translation>Тексты двух редакций совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>%n parts changed</source>
        <translation>
            <numerusform>Изменена %n часть</numerusform>
            <numerusform>Изменены %n части</numerusform>
            <numerusform>Изменено %n частей</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a revision</source>
        <translation>Восстановление редакции</translation>
    </message>
    <message>
        <source>Put back the text of revision %1? It is saved as a new revision; the current text stays in the list.</source>
        <translation>Вернуть текст редакции %1? Он будет сохранён как новая редакция; текущий текст останется в списке.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>These parts were deleted since and could not be put back:
%1</source>
        <translation>Эти части были с тех пор удалены, и их не удалось вернуть:
%1</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>B</source>
        <translation>Ж</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <source>I</source>
        <translation>К</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>U</source>
        <translation>Ч</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Подчёркнутый</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Список</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Нумерованный список</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Список</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Indent the list item</source>
        <translation>Увеличить отступ элемента списка</translation>
    </message>
    <message>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <source>Outdent the list item</source>
        <translation>Уменьшить отступ элемента списка</translation>
    </message>
    <message>
        <source>Clear formatting</source>
        <translation>Очистить форматирование</translation>
    </message>
    <message>
        <source>Remove bold, italic and underline</source>
        <translation>Убрать полужирный, курсив и подчёркивание</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Importing… Nothing is kept unless the whole import succeeds.</source>
        <translation>Импорт… Данные сохранятся, только если весь импорт пройдёт успешно.</translation>
    </message>
    <message>
        <source>Cancelling… everything written so far is being undone.</source>
        <translation>Отмена… всё записанное до сих пор отменяется.</translation>
    </message>
    <message>
        <source>Import finished: %1 created, %2 updated, %3 skipped.</source>
        <translation>Импорт завершён: создано %1, обновлено %2, пропущено %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors were left out.</source>
        <translation>
            <numerusform>Пропущена %n строка с ошибками.</numerusform>
            <numerusform>Пропущены %n строки с ошибками.</numerusform>
            <numerusform>Пропущено %n строк с ошибками.</numerusform>
        </translation>
    </message>
    <message>
        <source>The State under review was used for this import only: only an administrator may change the Commission&apos;s settings.</source>
        <translation>Государство — объект обзора применено только к этому импорту: изменять настройки Комиссии может только администратор.</translation>
    </message>
    <message>
        <source>Nothing was imported: the database changed since the preview and the file now has errors.</source>
        <translation>Ничего не импортировано: после предварительного просмотра база данных изменилась, и теперь в файле есть ошибки.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Импорт отменён. Ничего не записано.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>Импорт не удался, ничего не записано: %1</translation>
    </message>
    <message>
        <source>The import failed unexpectedly and nothing was written (details are in the log, Help → Open log folder): %1</source>
        <translation>Импорт неожиданно прервался, ничего не записано (подробности — в журнале, Справка → Открыть папку журнала): %1</translation>
    </message>
</context>
<context>
    <name>SdgTargetPicker</name>
    <message>
        <source>Find a target: 16.3, or words of its text</source>
        <translation>Найти задачу: 16.3 или слова из ее текста</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Поиск по всему (Ctrl+K)</translation>
    </message>
    <message>
        <source>Meetings and minutes, decisions, measures, progress reports, recommendations and organizations</source>
        <translation>Заседания и протоколы, решения, мероприятия, отчёты о ходе выполнения, рекомендации и организации</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Поиск по всему…</translation>
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
        <translation>Показать все…</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation>
            <numerusform>Показать все: %n…</numerusform>
            <numerusform>Показать все: %n…</numerusform>
            <numerusform>Показать все: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <source>New section</source>
        <translation>Новый раздел</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Изменить раздел</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Inside:</source>
        <translation>&amp;Внутри:</translation>
    </message>
    <message>
        <source>(top level of the plan)</source>
        <translation>(верхний уровень плана)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Menus, pages, dialogs, dates and numbers are shown in this language. Reports and minutes can still be printed in another one.</source>
        <translation>На этом языке отображаются меню, страницы, диалоговые окна, даты и числа. Отчёты и протоколы по-прежнему можно печатать на другом языке.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Secretariat. Restart now?</source>
        <translation>Новый язык будет использоваться при следующем запуске «Секретариата». Перезапустить сейчас?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Перезапустить сейчас</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <source>Export status &amp;questionnaires…</source>
        <translation>Экспорт &amp;анкет о ходе выполнения…</translation>
    </message>
</context>
<context>
    <name>StatusHeader</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Set the status back to an earlier step</source>
        <translation>Вернуть статус на предыдущий этап</translation>
    </message>
    <message>
        <source>&amp;Reopen minutes…</source>
        <translation>&amp;Открыть протокол для изменения…</translation>
    </message>
    <message>
        <source>The minutes are approved and locked against changes. The follow-up of action items (status, due date, responsible) can still be recorded. Reopening is recorded in the history.</source>
        <translation>Протокол утверждён и защищён от изменений. Исполнение поручений (статус, срок, ответственный) по-прежнему можно записывать. Открытие для изменения фиксируется в истории.</translation>
    </message>
    <message>
        <source>(untitled meeting)</source>
        <translation>(заседание без названия)</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Отметить как &amp;проведённое</translation>
    </message>
    <message>
        <source>Minutes &amp;drafted</source>
        <translation>Протокол &amp;составлен</translation>
    </message>
    <message>
        <source>&amp;Approve minutes…</source>
        <translation>&amp;Утвердить протокол…</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Reader: reads, searches, prints, exports</source>
        <translation>Читатель: просмотр, поиск, печать, экспорт</translation>
    </message>
    <message>
        <source>Editor: also edits and imports</source>
        <translation>Редактор: также изменение и импорт</translation>
    </message>
    <message>
        <source>Administrator: also manages users and restores</source>
        <translation>Администратор: также управление пользователями и восстановление</translation>
    </message>
    <message>
        <source>Users of the shared database</source>
        <translation>Пользователи общей базы данных</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Задать &amp;пароль…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Изменение роли</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Роль %1:</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Задание пароля</translation>
    </message>
    <message>
        <source>New password of %1:</source>
        <translation>Новый пароль для %1:</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>Удаление пользователя</translation>
    </message>
    <message>
        <source>Remove the login %1? That person will no longer be able to connect.</source>
        <translation>Удалить логин %1? Этот пользователь больше не сможет подключаться.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>показать номер версии программы и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>необходимо указать следующие аргументы: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>необходимо указать один из аргументов %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (выберите из: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение типа %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может соответствовать %(matches)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидался один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидалось не более одного аргумента</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидался хотя бы один аргумент</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>явно заданный аргумент %r проигнорирован</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (варианты: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть «%(filename)s»: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>expected %s arguments</source>
        <translation>
            <numerusform>ожидался %s аргумент</numerusform>
            <numerusform>ожидалось %s аргумента</numerusform>
            <numerusform>ожидалось %s аргументов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option strings: %s</source>
        <translation>
            <numerusform>конфликтующая строка параметра: %s</numerusform>
            <numerusform>конфликтующие строки параметров: %s</numerusform>
            <numerusform>конфликтующие строки параметров: %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Unknown rule of entry into force: {rule}.</source>
        <translation>Неизвестное правило вступления в силу: {rule}.</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>Цикл представления докладов</translation>
    </message>
    <message>
        <source>This reporting cycle</source>
        <translation>Этот цикл представления докладов</translation>
    </message>
    <message>
        <source>The initial report is due 0 to 120 months after entry into force.</source>
        <translation>Первоначальный доклад представляется через 0–120 месяцев после вступления в силу.</translation>
    </message>
    <message>
        <source>Periodic reports are due every 1 to 240 months, or only when the committee asks (leave it empty).</source>
        <translation>Периодические доклады представляются каждые 1–240 месяцев или только по запросу комитета (оставьте поле пустым).</translation>
    </message>
    <message>
        <source>The entry into force is before the ratification.</source>
        <translation>Дата вступления в силу предшествует дате ратификации.</translation>
    </message>
    <message>
        <source>National report for the UPR</source>
        <translation>Национальный доклад для УПО</translation>
    </message>
    <message>
        <source>Initial report</source>
        <translation>Первоначальный доклад</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Периодический доклад</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Records of the Interministerial Commission: meetings and minutes, plans and measures, UN recommendations and national reports. Without a command, the application window opens.</source>
        <translation>Учёт работы Межведомственной комиссии: заседания и протоколы, планы и мероприятия, рекомендации ООН и национальные доклады. Без команды открывается окно приложения.</translation>
    </message>
    <message>
        <source>language of the messages (and of the window): tk Turkmen, ru Russian, en English; default: $LANGUAGE or $LANG, else English</source>
        <translation>язык сообщений (и окна): tk — туркменский, ru — русский, en — английский; по умолчанию: $LANGUAGE или $LANG, иначе английский</translation>
    </message>
    <message>
        <source>database file (or SQLAlchemy URL); default: $SECRETARIAT_DB, else secretariat.sqlite in your data folder</source>
        <translation>файл базы данных (или URL SQLAlchemy); по умолчанию: $SECRETARIAT_DB, иначе secretariat.sqlite в папке данных</translation>
    </message>
    <message>
        <source>open the application window (the default)</source>
        <translation>открыть окно приложения (по умолчанию)</translation>
    </message>
    <message>
        <source>open the window and close it again at once: checks that an installation starts (prints the window title)</source>
        <translation>открыть окно и сразу закрыть его: проверяет, что установленное приложение запускается (выводит заголовок окна)</translation>
    </message>
    <message>
        <source>database file (or SQLAlchemy URL)</source>
        <translation>файл базы данных (или URL SQLAlchemy)</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>ошибка: {message}</translation>
    </message>
    <message>
        <source>The database refused the operation ({error}); nothing of it was saved. Its schema may be damaged: run `secretariat check`.</source>
        <translation>База данных отклонила операцию ({error}); ничего из неё не сохранено. Возможно, её схема повреждена: выполните `secretariat check`.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>back up the database (safe while the application is open)</source>
        <translation>создать резервную копию базы данных (можно при открытом приложении)</translation>
    </message>
    <message>
        <source>Write a backup of the database. OUT may be a file, or a folder where a timestamped backup is written and older ones beyond --keep are deleted. Without OUT, the backups folder in your data folder is used.</source>
        <translation>Создать резервную копию базы данных. OUT — файл или папка, в которую записывается резервная копия с отметкой времени; более старые копии сверх --keep удаляются. Без OUT используется папка резервных копий в папке данных.</translation>
    </message>
    <message>
        <source>backup file or folder</source>
        <translation>файл или папка резервной копии</translation>
    </message>
    <message>
        <source>replace OUT even if it is not a backup of this database</source>
        <translation>заменить OUT, даже если это не резервная копия этой базы данных</translation>
    </message>
    <message>
        <source>backups to keep in the folder (default: {n})</source>
        <translation>сколько резервных копий хранить в папке (по умолчанию: {n})</translation>
    </message>
    <message>
        <source>Only a database stored in a file can be backed up or restored.</source>
        <translation>Создать резервную копию или восстановить можно только базу данных, хранящуюся в файле.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Базы данных {path} не существует.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Резервная копия записана в {path}.</translation>
    </message>
    <message>
        <source>check the database (integrity, references, schema)</source>
        <translation>проверить базу данных (целостность, ссылки, схема)</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problems.</source>
        <translation>
            <numerusform>В базе данных обнаружена %n проблема.</numerusform>
            <numerusform>В базе данных обнаружены %n проблемы.</numerusform>
            <numerusform>В базе данных обнаружено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database {where} is sound.</source>
        <translation>База данных {where} в порядке.</translation>
    </message>
    <message>
        <source>fill an empty database with demo data</source>
        <translation>заполнить пустую базу данных демонстрационными данными</translation>
    </message>
    <message>
        <source>small: a realistic demo; large: a synthetic database for benchmarks</source>
        <translation>small — реалистичный пример; large — синтетическая база данных для тестов производительности</translation>
    </message>
    <message>
        <source>Demo data written to {where} in {seconds:.1f} s.</source>
        <translation>Демонстрационные данные записаны в {where} за {seconds:.1f} с.</translation>
    </message>
    <message>
        <source>export a list to .xlsx, or status questionnaires to a folder</source>
        <translation>экспортировать список в .xlsx или анкеты о ходе выполнения в папку</translation>
    </message>
    <message>
        <source>Export records to an Excel workbook whose columns import back with `secretariat import`. `export questionnaire FOLDER` writes one protected status questionnaire per organization.</source>
        <translation>Экспортировать записи в книгу Excel, столбцы которой импортируются обратно командой `secretariat import`. `export questionnaire FOLDER` записывает по одной защищённой анкете о ходе выполнения на каждую организацию.</translation>
    </message>
    <message>
        <source>one of: {kinds}</source>
        <translation>одно из: {kinds}</translation>
    </message>
    <message>
        <source>the .xlsx file to write (a folder for questionnaire)</source>
        <translation>файл .xlsx для записи (для questionnaire — папка)</translation>
    </message>
    <message>
        <source>only records containing these words</source>
        <translation>только записи, содержащие эти слова</translation>
    </message>
    <message>
        <source>only what this organization is responsible for (name, short name or id)</source>
        <translation>только то, за что отвечает эта организация (название, краткое название или id)</translation>
    </message>
    <message>
        <source>only this status (stored value, e.g. in_progress)</source>
        <translation>только этот статус (хранимое значение, например in_progress)</translation>
    </message>
    <message>
        <source>measures/progress of one plan (id or title)</source>
        <translation>мероприятия / ход выполнения одного плана (id или название)</translation>
    </message>
    <message>
        <source>meetings of one year</source>
        <translation>заседания одного года</translation>
    </message>
    <message>
        <source>organizations of one kind (e.g. ministry)</source>
        <translation>организации одного вида (например, ministry)</translation>
    </message>
    <message>
        <source>questionnaire: include completed measures and implemented recommendations</source>
        <translation>анкета: включить завершённые мероприятия и выполненные рекомендации</translation>
    </message>
    <message>
        <source>There is no organization called {name!r}.</source>
        <translation>Организации с названием {name!r} нет.</translation>
    </message>
    <message>
        <source>Give a folder for the questionnaires, not a file.</source>
        <translation>Укажите для анкет папку, а не файл.</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires written to {folder}.</source>
        <translation>
            <numerusform>%n анкета записана в {folder}.</numerusform>
            <numerusform>%n анкеты записаны в {folder}.</numerusform>
            <numerusform>%n анкет записано в {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported on {date}</source>
        <translation>Экспортировано {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to {path}.</source>
        <translation>
            <numerusform>%n строка записана в {path}.</numerusform>
            <numerusform>%n строки записаны в {path}.</numerusform>
            <numerusform>%n строк записано в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a spreadsheet. The header row is found below any title rows; columns are recognised by their titles in English, Russian or Turkmen. One transaction: a file with errors imports nothing unless --skip-invalid is given.</source>
        <translation>Импортировать электронную таблицу. Строка заголовков ищется под строками названия; столбцы распознаются по заголовкам на английском, русском или туркменском языке. Одна транзакция: из файла с ошибками ничего не импортируется, если не указан --skip-invalid.</translation>
    </message>
    <message>
        <source>import a spreadsheet, text table or Word table of recommendations, measures, progress reports, meetings or organizations</source>
        <translation>импортировать электронную таблицу, текстовую таблицу или таблицу Word с рекомендациями, мероприятиями, отчётами о ходе выполнения, заседаниями или организациями</translation>
    </message>
    <message>
        <source>the file: .xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt or .docx</source>
        <translation>файл: .xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt или .docx</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>лист для чтения (по умолчанию — первый)</translation>
    </message>
    <message>
        <source>the table of a Word document to read, counted from 1 (default: the first)</source>
        <translation>номер таблицы документа Word для чтения, считая с 1 (по умолчанию — первая)</translation>
    </message>
    <message>
        <source>only say what would be done</source>
        <translation>только показать, что будет сделано</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>вывести результат в формате JSON</translation>
    </message>
    <message>
        <source>import the valid rows and leave out the rows with errors</source>
        <translation>импортировать правильные строки, пропустив строки с ошибками</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>рекомендации</translation>
    </message>
    <message>
        <source>the mechanism, when the file does not say it</source>
        <translation>механизм, если он не указан в файле</translation>
    </message>
    <message>
        <source>the body, e.g. UPR or CEDAW</source>
        <translation>орган, например UPR или CEDAW</translation>
    </message>
    <message>
        <source>the UPR cycle (1-4...)</source>
        <translation>цикл УПО (1–4…)</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>сессия</translation>
    </message>
    <message>
        <source>the document symbol, e.g. CEDAW/C/TKM/CO/6</source>
        <translation>условное обозначение документа, например CEDAW/C/TKM/CO/6</translation>
    </message>
    <message>
        <source>in a list covering many States, import only this State&apos;s rows (default: the Commission&apos;s State, see `secretariat settings`)</source>
        <translation>в списке, охватывающем многие государства, импортировать только строки этого государства (по умолчанию: государство Комиссии, см. `secretariat settings`)</translation>
    </message>
    <message>
        <source>measures and progress</source>
        <translation>мероприятия и ход выполнения</translation>
    </message>
    <message>
        <source>an existing plan: id, title or short title</source>
        <translation>существующий план: id, название или краткое название</translation>
    </message>
    <message>
        <source>create the plan (or use the plan of that title if it exists)</source>
        <translation>создать план (или использовать план с таким названием, если он существует)</translation>
    </message>
    <message>
        <source>date of progress reports that carry none (default: today)</source>
        <translation>дата отчётов о ходе выполнения, в которых она не указана (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <source>This file is a returned status questionnaire; it is imported as one.</source>
        <translation>Этот файл — возвращённая анкета о ходе выполнения; он импортируется как анкета.</translation>
    </message>
    <message>
        <source>Tables are counted from 1.</source>
        <translation>Таблицы нумеруются с 1.</translation>
    </message>
    <message>
        <source>{file}, sheet &quot;{sheet}&quot;, header in row {row}</source>
        <translation>{file}, лист «{sheet}», заголовок в строке {row}</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Would create {c}, update {u}, skip {s}.</source>
        <translation>Пробный запуск, ничего не записано. Было бы создано: {c}, обновлено: {u}, пропущено: {s}.</translation>
    </message>
    <message>
        <source>Imported: {c} created, {u} updated, {s} skipped.</source>
        <translation>Импортировано: создано {c}, обновлено {u}, пропущено {s}.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Rows left out because of errors:</source>
        <translation>Строки, пропущенные из-за ошибок:</translation>
    </message>
    <message>
        <source>Errors (fix them in the file, or use --skip-invalid to import the other rows):</source>
        <translation>Ошибки (исправьте их в файле или укажите --skip-invalid, чтобы импортировать остальные строки):</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... и ещё %n</numerusform>
            <numerusform>  ... и ещё %n</numerusform>
            <numerusform>  ... и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>  warning, row {row}: {message}</source>
        <translation>  предупреждение, строка {row}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more warnings</source>
        <translation>
            <numerusform>  ... и ещё %n предупреждение</numerusform>
            <numerusform>  ... и ещё %n предупреждения</numerusform>
            <numerusform>  ... и ещё %n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>print the minutes of a meeting as a PDF</source>
        <translation>напечатать протокол заседания в PDF</translation>
    </message>
    <message>
        <source>Write the minutes of a meeting as a PDF in the protocol layout, in the meeting&apos;s language; marked DRAFT until approved.</source>
        <translation>Записать протокол заседания в PDF в формате протокола, на языке заседания; до утверждения документ помечается как ПРОЕКТ.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {title}, %n pages.</source>
        <translation>
            <numerusform>Записан {path}: {title}, %n страница.</numerusform>
            <numerusform>Записан {path}: {title}, %n страницы.</numerusform>
            <numerusform>Записан {path}: {title}, %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>check a meeting out to a local file, to work on it offline</source>
        <translation>взять заседание в локальный файл для работы вне сети</translation>
    </message>
    <message>
        <source>Copy a meeting (attendance, agenda, minutes, decisions, action items), the directory and the linked measures and recommendations into a new local file that the application opens with no network; the meeting is marked as checked out for everyone else until the file is checked in.</source>
        <translation>Скопировать заседание (присутствие, повестку дня, протокол, решения, поручения), справочник и связанные меры и рекомендации в новый локальный файл, который приложение открывает без сети; для всех остальных заседание отмечено как взятое, пока файл не будет возвращён.</translation>
    </message>
    <message>
        <source>the meeting: an id (12) or YEAR/NUMBER (2024/1)</source>
        <translation>заседание: id (12) или ГОД/НОМЕР (2024/1)</translation>
    </message>
    <message>
        <source>the local file to write (never replaced if it exists)</source>
        <translation>локальный файл для записи (существующий файл никогда не заменяется)</translation>
    </message>
    <message>
        <source>remove the check-out mark instead (the copy was lost); its changes can then no longer be checked in</source>
        <translation>вместо этого снять отметку о взятии (копия утеряна); её изменения после этого вернуть уже нельзя</translation>
    </message>
    <message>
        <source>check a checked-out copy back in, merging its changes</source>
        <translation>вернуть взятую копию, объединив её изменения</translation>
    </message>
    <message>
        <source>Merge the changes made in a checked-out copy into the database it came from. What was changed on both sides is listed; choose with --keep, or nothing is written.</source>
        <translation>Перенести изменения, сделанные во взятой копии, в базу данных, из которой она получена. Изменённое с обеих сторон перечисляется; выберите с помощью --keep, иначе ничего не записывается.</translation>
    </message>
    <message>
        <source>the checked-out copy</source>
        <translation>взятая копия</translation>
    </message>
    <message>
        <source>for what both sides changed: keep the copy&apos;s version (mine) or the database&apos;s (theirs)</source>
        <translation>для изменённого с обеих сторон: сохранить версию копии (mine) или базы данных (theirs)</translation>
    </message>
    <message>
        <source>only show what the check-in would do</source>
        <translation>только показать, что сделает возврат</translation>
    </message>
    <message>
        <source>The check-out of meeting {ref} was cancelled.</source>
        <translation>Взятие заседания {ref} отменено.</translation>
    </message>
    <message>
        <source>name the local file to write (OUT).</source>
        <translation>укажите локальный файл для записи (OUT).</translation>
    </message>
    <message>
        <source>Meeting {ref} checked out to {path} ({n} records). Open that file to work offline; check it in with `secretariat --db … checkin {path}`.</source>
        <translation>Заседание {ref} взято в {path} (записей: {n}). Откройте этот файл для работы вне сети; верните его командой `secretariat --db … checkin {path}`.</translation>
    </message>
    <message>
        <source>Meeting {ref}, checked out to {who} on {when}:</source>
        <translation>Заседание {ref}, взятое пользователем {who} {when}:</translation>
    </message>
    <message>
        <source>  nothing was changed in the copy.</source>
        <translation>  в копии ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%n records were changed on both sides: run again with --keep mine or --keep theirs (or check in from the window, which asks for each). Nothing was written.</source>
        <translation>
            <numerusform>%n запись изменена с обеих сторон: запустите снова с --keep mine или --keep theirs (или верните копию из окна приложения, где вопрос задаётся по каждой). Ничего не записано.</numerusform>
            <numerusform>%n записи изменены с обеих сторон: запустите снова с --keep mine или --keep theirs (или верните копию из окна приложения, где вопрос задаётся по каждой). Ничего не записано.</numerusform>
            <numerusform>%n записей изменены с обеих сторон: запустите снова с --keep mine или --keep theirs (или верните копию из окна приложения, где вопрос задаётся по каждой). Ничего не записано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked in: meeting {ref} is no longer checked out; %n new records got their ids on the database.</source>
        <translation>
            <numerusform>Возвращено: заседание {ref} больше не взято; %n новая запись получила идентификатор в базе данных.</numerusform>
            <numerusform>Возвращено: заседание {ref} больше не взято; %n новые записи получили идентификаторы в базе данных.</numerusform>
            <numerusform>Возвращено: заседание {ref} больше не взято; %n новых записей получили идентификаторы в базе данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>файл PDF для записи</translation>
    </message>
    <message>
        <source>{text!r} is not a date (write 2024-03-31 or 31.03.2024)</source>
        <translation>{text!r} не является датой (укажите 2024-03-31 или 31.03.2024)</translation>
    </message>
    <message>
        <source>print a report as a PDF (see --list)</source>
        <translation>напечатать отчёт в PDF (см. --list)</translation>
    </message>
    <message>
        <source>Write one of the reports as a PDF. Each report uses the filters that apply to it (see --list).</source>
        <translation>Записать один из отчётов в PDF. Каждый отчёт использует применимые к нему фильтры (см. --list).</translation>
    </message>
    <message>
        <source>the report (see --list)</source>
        <translation>отчёт (см. --list)</translation>
    </message>
    <message>
        <source>list the reports and their filters</source>
        <translation>показать список отчётов и их фильтров</translation>
    </message>
    <message>
        <source>start of the period</source>
        <translation>начало периода</translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation>конец периода</translation>
    </message>
    <message>
        <source>the year (commission-year report)</source>
        <translation>год (отчёт о работе Комиссии за год)</translation>
    </message>
    <message>
        <source>a plan: id, title or short title</source>
        <translation>план: id, название или краткое название</translation>
    </message>
    <message>
        <source>an organization: any of its names or short names</source>
        <translation>организация: любое из её названий или кратких названий</translation>
    </message>
    <message>
        <source>a UN mechanism (recommendations report)</source>
        <translation>механизм ООН (отчёт о рекомендациях)</translation>
    </message>
    <message>
        <source>the date the report is as of (default: today)</source>
        <translation>дата, по состоянию на которую составляется отчёт (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>фильтры</translation>
    </message>
    <message>
        <source>error: there is no report {name!r}; choose one of: {names}</source>
        <translation>ошибка: отчёта {name!r} нет; выберите один из: {names}</translation>
    </message>
    <message>
        <source>error: say where to write the PDF with --pdf OUT</source>
        <translation>ошибка: укажите, куда записать PDF, с помощью --pdf OUT</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current one is kept aside)</source>
        <translation>заменить базу данных резервной копией (текущая база сохраняется отдельно)</translation>
    </message>
    <message>
        <source>Check the backup IN (integrity, references, schema version), keep the current database aside as a timestamped backup, then replace it by IN. Close the application first.</source>
        <translation>Проверить резервную копию IN (целостность, ссылки, версия схемы), сохранить текущую базу данных отдельно как резервную копию с отметкой времени, затем заменить её на IN. Сначала закройте приложение.</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>файл резервной копии для восстановления</translation>
    </message>
    <message>
        <source>only check the backup; change nothing</source>
        <translation>только проверить резервную копию, ничего не изменяя</translation>
    </message>
    <message>
        <source>copies of replaced databases to keep (default: {n})</source>
        <translation>сколько копий заменённых баз данных хранить (по умолчанию: {n})</translation>
    </message>
    <message>
        <source>  schema revision: {revision}</source>
        <translation>  редакция схемы: {revision}</translation>
    </message>
    <message>
        <source>  last change recorded: {when} (UTC)</source>
        <translation>  последнее записанное изменение: {when} (UTC)</translation>
    </message>
    <message>
        <source>{source} is a sound backup:</source>
        <translation>{source} — исправная резервная копия:</translation>
    </message>
    <message>
        <source>Restored {target} from {source}:</source>
        <translation>{target} восстановлена из {source}:</translation>
    </message>
    <message>
        <source>The database as it was before is kept at {aside}; to undo, restore that file.</source>
        <translation>Прежняя база данных сохранена в {aside}; чтобы отменить восстановление, восстановите этот файл.</translation>
    </message>
    <message>
        <source>print counts of what the database holds</source>
        <translation>вывести количество записей в базе данных</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>вывести в формате JSON</translation>
    </message>
    <message>
        <source>set up the roles of a new shared database (its owner, once)</source>
        <translation>настроить роли новой общей базы данных (выполняет её владелец, один раз)</translation>
    </message>
    <message>
        <source>On a shared (PostgreSQL) database: create its tables and the roles reader, editor and admin with their rights; the login you connect with becomes its first administrator. Safe to run again: it repairs the rights.</source>
        <translation>Для общей базы данных (PostgreSQL): создать её таблицы и роли reader, editor и admin с их правами; логин, под которым выполнено подключение, становится её первым администратором. Можно запускать повторно: права будут восстановлены.</translation>
    </message>
    <message>
        <source>manage the logins of a shared database (administrators)</source>
        <translation>управлять логинами общей базы данных (для администраторов)</translation>
    </message>
    <message>
        <source>Add, list, change or remove the logins of a shared database. Each login has one role: reader, editor or admin.</source>
        <translation>Добавить, вывести список, изменить или удалить логины общей базы данных. У каждого логина одна роль: reader, editor или admin.</translation>
    </message>
    <message>
        <source>add a login with a role</source>
        <translation>добавить логин с ролью</translation>
    </message>
    <message>
        <source>the login&apos;s role</source>
        <translation>роль логина</translation>
    </message>
    <message>
        <source>read the password from the first line of F (else it is asked)</source>
        <translation>прочитать пароль из первой строки файла F (иначе он будет запрошен)</translation>
    </message>
    <message>
        <source>list the logins and their roles</source>
        <translation>вывести список логинов и их ролей</translation>
    </message>
    <message>
        <source>give a login another role</source>
        <translation>назначить логину другую роль</translation>
    </message>
    <message>
        <source>set a login&apos;s password</source>
        <translation>задать пароль логина</translation>
    </message>
    <message>
        <source>remove a login</source>
        <translation>удалить логин</translation>
    </message>
    <message>
        <source>Cannot read the password file {path}: {error}</source>
        <translation>Не удалось прочитать файл с паролем {path}: {error}</translation>
    </message>
    <message>
        <source>No terminal to ask the password on: give --password-file F.</source>
        <translation>Нет терминала для запроса пароля: укажите --password-file F.</translation>
    </message>
    <message>
        <source>Password for {login}: </source>
        <translation>Пароль для {login}: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>The roles of {where} are set up: {roles}. {login} is an administrator.</source>
        <translation>Роли для {where} настроены: {roles}. {login} — администратор.</translation>
    </message>
    <message>
        <source>Imports check each link they write one by one. For imports in about two thirds of the time, a superuser of the server may run (README, &quot;Faster imports&quot;):</source>
        <translation>Импорт проверяет каждую записываемую связь по отдельности. Чтобы импорт занимал около двух третей этого времени, суперпользователь сервера может выполнить (README, «Faster imports»):</translation>
    </message>
    <message>
        <source>Login {login} added as {role}.</source>
        <translation>Логин {login} добавлен с ролью {role}.</translation>
    </message>
    <message>
        <source>{login} is now {role}.</source>
        <translation>Теперь у {login} роль {role}.</translation>
    </message>
    <message>
        <source>The password of {login} was changed.</source>
        <translation>Пароль логина {login} изменён.</translation>
    </message>
    <message>
        <source>Login {login} removed.</source>
        <translation>Логин {login} удалён.</translation>
    </message>
    <message>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} не является целым числом</translation>
    </message>
    <message>
        <source>{value} is out of range (from {low} to {high})</source>
        <translation>{value} вне допустимого диапазона (от {low} до {high})</translation>
    </message>
    <message>
        <source>Password for {where}: </source>
        <translation>Пароль для {where}: </translation>
    </message>
    <message>
        <source>Snapshot of {where} written to {path} ({n} records); the application opens it as a local file.</source>
        <translation>Снимок {where} записан в {path} (записей: {n}); приложение открывает его как локальный файл.</translation>
    </message>
    <message>
        <source>{source} is a sound backup.</source>
        <translation>{source} — исправная резервная копия.</translation>
    </message>
    <message>
        <source>Loaded {source} into {where}:</source>
        <translation>{source} загружен в {where}:</translation>
    </message>
    <message>
        <source>show or change the Commission&apos;s settings kept in the database</source>
        <translation>показать или изменить настройки Комиссии, хранящиеся в базе данных</translation>
    </message>
    <message>
        <source>Show or change the Commission&apos;s settings kept in the database. state-under-review: the State whose rows are imported from lists covering many States (default: Turkmenistan).</source>
        <translation>Показать или изменить настройки Комиссии, хранящиеся в базе данных. state-under-review: государство — объект обзора, строки которого импортируются из списков, охватывающих многие государства (по умолчанию: Туркменистан).</translation>
    </message>
    <message>
        <source>one of: {names}</source>
        <translation>одно из: {names}</translation>
    </message>
    <message>
        <source>the new value (omit it to show the current one)</source>
        <translation>новое значение (без него показывается текущее)</translation>
    </message>
    <message>
        <source>{name} is now {value}.</source>
        <translation>{name}: теперь {value}.</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>The database itself was not changed.</source>
        <translation>Сама база данных не изменена.</translation>
    </message>
    <message>
        <source>The backup could not be made because reading the database {source} failed: {detail}</source>
        <translation>Не удалось создать резервную копию: ошибка чтения базы данных {source}: {detail}</translation>
    </message>
    <message>
        <source>The backup of {source} could not be written to {destination}: {detail} The database itself was not changed.</source>
        <translation>Не удалось записать резервную копию {source} в {destination}: {detail} Сама база данных не изменена.</translation>
    </message>
    <message>
        <source>Cannot read the database {source}: {error}</source>
        <translation>Не удаётся прочитать базу данных {source}: {error}</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({detail}); it was not kept. Run `secretariat check` on the database.</source>
        <translation>Резервная копия не прошла проверку ({detail}) и не сохранена. Выполните `secretariat check` для базы данных.</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>Создание резервной копии отменено.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} — папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Не удаётся прочитать {path}: {error}</translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment, so your change was not written. Reload it to see theirs, then make yours again.</source>
        <translation>Другой пользователь сохранил ту же запись в тот же момент, поэтому ваше изменение не записано. Обновите запись, чтобы увидеть его изменения, и внесите свои заново.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe), not a database file.</source>
        <translation>{path} — не обычный файл (устройство или канал) и не файл базы данных.</translation>
    </message>
    <message>
        <source>{path} is not a Secretariat database (not a SQLite file). Choose another file; this one was left unchanged.</source>
        <translation>{path} не является базой данных «Секретариата» (это не файл SQLite). Выберите другой файл; этот файл не изменён.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file or folder). Copy it to a folder you can write to, or ask for write permission.</source>
        <translation>База данных {path} недоступна для записи (файл или папка только для чтения). Скопируйте её в папку, доступную для записи, или запросите права на запись.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Не удаётся создать папку {folder}: {error}</translation>
    </message>
    <message>
        <source>Cannot create a database in {folder}: the folder is read-only.</source>
        <translation>Не удаётся создать базу данных в {folder}: папка доступна только для чтения.</translation>
    </message>
    <message>
        <source>{path} is locked by another program (or another copy of Secretariat) that is using it exclusively. Close that program and try again; the file was left unchanged.</source>
        <translation>{path} заблокирован другой программой (или другим экземпляром «Секретариата»), которая использует его монопольно. Закройте эту программу и повторите попытку; файл не изменён.</translation>
    </message>
    <message>
        <source>{path} could not be opened as a database: {error}</source>
        <translation>Не удалось открыть {path} как базу данных: {error}</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a Secretariat one; it was left unchanged.</source>
        <translation>{path} — база данных SQLite, но не база данных «Секретариата»; файл не изменён.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Secretariat (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
        <translation>{path} создан более новой версией «Секретариата» (схема {revision}). Чтобы открыть его, установите новую версию; файл не изменён.</translation>
    </message>
    <message>
        <source>The database {where} holds tables that are not Secretariat&apos;s; it was left unchanged. Ask the administrator for an empty database.</source>
        <translation>База данных {where} содержит таблицы, не принадлежащие Secretariat; она оставлена без изменений. Попросите администратора предоставить пустую базу данных.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the copy made before upgrading could not be written ({error}), so it was not upgraded and was left as it was. Free some disk space and open it again.</source>
        <translation>Базу данных нужно обновить, но не удалось записать копию, создаваемую перед обновлением ({error}), поэтому база данных не обновлена и осталась прежней. Освободите место на диске и откройте её снова.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade to this version of Secretariat (schema {current} to {head}), which only an administrator may do. Ask an administrator to open it once with this version. Nothing was changed.</source>
        <translation>Общую базу данных необходимо обновить для этой версии Secretariat (схема {current} → {head}); это может сделать только администратор. Попросите администратора один раз открыть её в этой версии. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Upgrading the database failed: {error}. The database was left as it was.</source>
        <translation>Не удалось обновить базу данных: {error}. База данных осталась прежней.</translation>
    </message>
    <message>
        <source>Upgrading the database failed: {error}, and putting back the copy made before the upgrade failed too ({restore_error}). Do not use {path}: restore the copy at {backup} (File → Restore from backup).</source>
        <translation>Не удалось обновить базу данных: {error}; вернуть копию, созданную перед обновлением, тоже не удалось ({restore_error}). Не используйте {path}: восстановите копию {backup} (Файл → Восстановить из резервной копии).</translation>
    </message>
    <message>
        <source>Upgrading the database failed: {error}. The database was left as it was. A copy made before the upgrade is at {backup}.</source>
        <translation>Не удалось обновить базу данных: {error}. База данных осталась прежней. Копия, созданная перед обновлением, находится в {backup}.</translation>
    </message>
    <message>
        <source>Integrity: {detail}</source>
        <translation>Целостность: {detail}</translation>
    </message>
    <message>
        <source>Broken reference in table {table}, row {rowid} (to {parent}).</source>
        <translation>Нарушенная ссылка в таблице {table}, строка {rowid} (на {parent}).</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>The database {path} is busy: another copy of Secretariat or another program is using it. Nothing was changed. Wait a moment and try again; if it keeps happening, close the other program.</source>
        <translation>База данных {path} занята: её использует другой экземпляр «Секретариата» или другая программа. Ничего не изменено. Подождите немного и повторите попытку; если это повторяется, закройте другую программу.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved; nothing of it was written. Free some space on the drive of {folder} (delete or move files you do not need) and try again.</source>
        <translation>Диск заполнен, поэтому изменение не сохранено; ничего из него не записано. Освободите место на диске с папкой {folder} (удалите или перенесите ненужные файлы) и повторите попытку.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file, folder or drive). The change was not saved. Copy the database to a folder you can write to, or ask for write permission.</source>
        <translation>База данных {path} недоступна для записи (файл, папка или диск только для чтения). Изменение не сохранено. Скопируйте базу данных в папку, доступную для записи, или запросите права на запись.</translation>
    </message>
    <message>
        <source>{path} is not a Secretariat database (not a SQLite file). Choose another file, or restore a backup.</source>
        <translation>{path} не является базой данных «Секретариата» (это не файл SQLite). Выберите другой файл или восстановите резервную копию.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({error}). Nothing was changed. Restore the latest backup (File → Restore from backup), and keep the damaged file for support.</source>
        <translation>База данных {path} повреждена ({error}). Ничего не изменено. Восстановите последнюю резервную копию (Файл → Восстановить из резервной копии) и сохраните повреждённый файл для службы поддержки.</translation>
    </message>
    <message>
        <source>The database {path} could not be read or written ({error}). Nothing was changed. Check that the drive or network folder is still connected and try again.</source>
        <translation>Не удалось прочитать или записать базу данных {path} ({error}). Ничего не изменено. Проверьте, что диск или сетевая папка по-прежнему подключены, и повторите попытку.</translation>
    </message>
    <message>
        <source>{source} cannot be restored: {reason} Nothing was changed.</source>
        <extracomment>Tables every Secretariat database has, whatever its revision.</extracomment>
        <translation>{source} нельзя восстановить: {reason} Ничего не изменено.</translation>
    </message>
    <message>
        <source>it cannot be read ({error}).</source>
        <translation>её не удаётся прочитать ({error}).</translation>
    </message>
    <message>
        <source>it is not a Secretariat database.</source>
        <translation>это не база данных «Секретариата».</translation>
    </message>
    <message>
        <source>it is damaged ({detail}).</source>
        <translation>она повреждена ({detail}).</translation>
    </message>
    <message>
        <source>it is a SQLite database but not a Secretariat one.</source>
        <translation>это база данных SQLite, но не база данных «Секретариата».</translation>
    </message>
    <message numerus="yes">
        <source>%n of its records point to records that do not exist (first in table {table}).</source>
        <translation>
            <numerusform>%n запись ссылается на несуществующие записи (первая — в таблице {table}).</numerusform>
            <numerusform>%n записи ссылаются на несуществующие записи (первая — в таблице {table}).</numerusform>
            <numerusform>%n записей ссылаются на несуществующие записи (первая — в таблице {table}).</numerusform>
        </translation>
    </message>
    <message>
        <source>it has no schema version.</source>
        <translation>у неё нет версии схемы.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Secretariat (schema {revision}); install that version to restore it.</source>
        <translation>она создана более новой версией «Секретариата» (схема {revision}); чтобы восстановить её, установите эту версию.</translation>
    </message>
    <message>
        <source>its schema is not the one this version of Secretariat makes ({detail}).</source>
        <translation>её схема не соответствует той, которую создаёт эта версия Secretariat ({detail}).</translation>
    </message>
    <message>
        <source>it cannot be read as a database ({error}).</source>
        <translation>её не удаётся прочитать как базу данных ({error}).</translation>
    </message>
    <message>
        <source>it is a folder, not a backup file.</source>
        <translation>это папка, а не файл резервной копии.</translation>
    </message>
    <message>
        <source>it is not an ordinary file (a device or a pipe).</source>
        <translation>это не обычный файл (устройство или канал).</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>файл не существует.</translation>
    </message>
    <message>
        <source>it is the database itself.</source>
        <translation>это и есть сама база данных.</translation>
    </message>
    <message>
        <source>Restore cancelled.</source>
        <translation>Восстановление отменено.</translation>
    </message>
    <message>
        <source> The database as it was before is kept at {aside}.</source>
        <translation> Прежняя база данных сохранена в {aside}.</translation>
    </message>
    <message>
        <source>Restoring into {target} failed: {detail}</source>
        <translation>Не удалось восстановить в {target}: {detail}</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; any earlier file of that name was left as it was. Free some space on that drive and try again.</source>
        <translation>Диск заполнен, поэтому не удалось записать {path}; прежний файл с этим именем, если он был, оставлен без изменений. Освободите место на этом диске и повторите попытку.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the drive is read-only. Choose another folder.</source>
        <translation>Не удаётся записать {path}: диск доступен только для чтения. Выберите другую папку.</translation>
    </message>
    <message>
        <source>{path} cannot be replaced: it is open in another program (a PDF viewer, Excel) or read-only. Close it there, or choose another name, and try again.</source>
        <translation>Не удаётся заменить {path}: файл открыт в другой программе (программе просмотра PDF, Excel) или доступен только для чтения. Закройте его там или выберите другое имя и повторите попытку.</translation>
    </message>
    <message>
        <source>{path} cannot be written: you have no permission to write there (read-only file or folder). Choose another folder.</source>
        <translation>Не удаётся записать {path}: нет прав на запись (файл или папка только для чтения). Выберите другую папку.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the folder {folder} does not exist.</source>
        <translation>Не удаётся записать {path}: папка {folder} не существует.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation>{path} — папка; укажите имя файла для записи.</translation>
    </message>
    <message>
        <source>{path} cannot be written: part of that path is a file, not a folder.</source>
        <translation>Не удаётся записать {path}: часть этого пути — файл, а не папка.</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}.</source>
        <translation>Не удалось записать {path}: {error}.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe); it was left alone. Give the name of a file to write.</source>
        <translation>{path} — не обычный файл (устройство или канал); он оставлен без изменений. Укажите имя файла для записи.</translation>
    </message>
    <message>
        <source>Supported: a SQLite file path, sqlite:///PATH, or postgresql+psycopg://USER@HOST/DATABASE.</source>
        <extracomment>URL scheme (backend+driver) -&gt; the Python module it needs.</extracomment>
        <translation>Поддерживаются: путь к файлу SQLite, sqlite:///PATH или postgresql+psycopg://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>{value} is not a database address. {supported}</source>
        <translation>{value} — не адрес базы данных. {supported}</translation>
    </message>
    <message>
        <source>{url}: the kind of database &quot;{scheme}&quot; is not supported. {supported}</source>
        <translation>{url}: вид базы данных «{scheme}» не поддерживается. {supported}</translation>
    </message>
    <message>
        <source>{url} needs the Python package {module}, which is not installed. {supported}</source>
        <translation>Для {url} нужен пакет Python {module}, который не установлен. {supported}</translation>
    </message>
    <message>
        <source>Your login{login} may not make this change: the shared database refused it. Nothing was written. Ask an administrator if you need this right.</source>
        <translation>Вашему логину{login} не разрешено это изменение: общая база данных отклонила его. Ничего не записано. Если вам нужно это право, обратитесь к администратору.</translation>
    </message>
    <message>
        <source>the shared database</source>
        <translation>общая база данных</translation>
    </message>
    <message>
        <source>The server refused the login for {where}: wrong login or password. Check them and connect again.</source>
        <translation>Сервер отклонил вход для {where}: неверный логин или пароль. Проверьте их и подключитесь снова.</translation>
    </message>
    <message>
        <source>There is no such database on the server ({where}). Check the database name, or ask the administrator to create it.</source>
        <translation>На сервере нет такой базы данных ({where}). Проверьте имя базы данных или попросите администратора создать её.</translation>
    </message>
    <message>
        <source>Someone else changed the same records at the same moment ({where}). Nothing was changed. Try again.</source>
        <translation>Другой пользователь изменил те же записи в тот же момент ({where}). Ничего не изменено. Повторите попытку.</translation>
    </message>
    <message>
        <source>The database server for {where} cannot be reached. Check the server name and port and the network connection, then try again. Nothing was changed.</source>
        <translation>Сервер базы данных для {where} недоступен. Проверьте имя сервера, порт и сетевое подключение и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} already exists; it was left as it was. Choose another name.</source>
        <extracomment>Rows the migrations put into a new database (reference lists), replaced by the copy.</extracomment>
        <translation>{path} уже существует; файл оставлен без изменений. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Column {table}.{column} holds {n} values that are not whole numbers.</source>
        <translation>Столбец {table}.{column} содержит значения, не являющиеся целыми числами: {n}.</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message numerus="yes">
        <source>%n sub-organizations</source>
        <translation>
            <numerusform>%n подчинённая организация</numerusform>
            <numerusform>%n подчинённые организации</numerusform>
            <numerusform>%n подчинённых организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan measures</source>
        <translation>
            <numerusform>%n мероприятие плана</numerusform>
            <numerusform>%n мероприятия планов</numerusform>
            <numerusform>%n мероприятий планов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress reports</source>
        <translation>
            <numerusform>%n отчёт о ходе выполнения</numerusform>
            <numerusform>%n отчёта о ходе выполнения</numerusform>
            <numerusform>%n отчётов о ходе выполнения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations (responsible)</source>
        <translation>
            <numerusform>%n рекомендация (ответственная организация)</numerusform>
            <numerusform>%n рекомендации (ответственная организация)</numerusform>
            <numerusform>%n рекомендаций (ответственная организация)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings organized</source>
        <translation>
            <numerusform>%n организованное заседание</numerusform>
            <numerusform>%n организованных заседания</numerusform>
            <numerusform>%n организованных заседаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance records</source>
        <translation>
            <numerusform>%n запись о присутствии</numerusform>
            <numerusform>%n записи о присутствии</numerusform>
            <numerusform>%n записей о присутствии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action items (responsible)</source>
        <translation>
            <numerusform>%n поручение (ответственная организация)</numerusform>
            <numerusform>%n поручения (ответственная организация)</numerusform>
            <numerusform>%n поручений (ответственная организация)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reports to UN bodies</source>
        <translation>
            <numerusform>%n доклад органам ООН</numerusform>
            <numerusform>%n доклада органам ООН</numerusform>
            <numerusform>%n докладов органам ООН</numerusform>
        </translation>
    </message>
    <message>
        <source>not used anywhere</source>
        <translation>нигде не используется</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your saved work is safe. The details are in the log file (Help → Open log folder).</source>
        <extracomment>A wait longer than this shows the busy cursor (the window is not frozen, only waiting).</extracomment>
        <translation>Произошла ошибка: %1

Сохранённые данные в безопасности. Подробности — в файле журнала (Справка → Открыть папку журнала).</translation>
    </message>
</context>
<context>
    <name>excel</name>
    <message>
        <source>cell {cell}</source>
        <translation>ячейка {cell}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>столбец {column}</translation>
    </message>
    <message>
        <source>{location}: {message}</source>
        <translation>{location}: {message}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <extracomment>Synonyms are written naturally; they are normalised like headers before matching. Order inside a list does not matter; the first entry is shown in error messages. Containment is only trusted for synonyms at least this long (&quot;no&quot; is not a field). Anything but letters, digits and combining marks (Unicode categories L, N, M). ``\w`` covers L and N plus &quot;_&quot;; the marks are added back by range.</extracomment>
        <translation>Лист пуст.</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped</source>
        <extracomment>Lists covering many States (UPR Info&apos;s export) import only this State&apos;s rows; None: Turkmenistan; the CLI and the wizard pass the Commission&apos;s setting (``services.commission``).</extracomment>
        <translation>создано: {created}, обновлено: {updated}, пропущено: {skipped}</translation>
    </message>
    <message numerus="yes">
        <source>, %n rows with errors</source>
        <translation>
            <numerusform>, %n строка с ошибками</numerusform>
            <numerusform>, %n строки с ошибками</numerusform>
            <numerusform>, %n строк с ошибками</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Чтение строк…</translation>
    </message>
    <message>
        <source>Some texts look like UTF-8 read in the wrong encoding (row {row}: &quot;{text}&quot;, probably &quot;{meant}&quot;). Ask the sender to save the file again as UTF-8, or open it with the right encoding and save it as .xlsx.</source>
        <translation>Некоторые тексты, по-видимому, представляют собой UTF-8, прочитанный в неверной кодировке (строка {row}: «{text}», вероятно, «{meant}»). Попросите отправителя заново сохранить файл в UTF-8 или откройте его в правильной кодировке и сохраните как .xlsx.</translation>
    </message>
    <message>
        <source>Import of {file} ({sheet}): {counts}</source>
        <extracomment>Ids listed in the audit entry up to this many; beyond, the first and last.</extracomment>
        <translation>Импорт {file} ({sheet}): {counts}</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Мероприятия планов</translation>
    </message>
    <message>
        <source>Measure number</source>
        <translation>Номер мероприятия</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Lead agencies</source>
        <translation>Ответственные исполнители</translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикаторы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Задачи ЦУР</translation>
    </message>
    <message>
        <source>Say which plan these measures belong to (--plan, or --create-plan TITLE; in the wizard: &quot;Plan&quot;).</source>
        <translation>Укажите, к какому плану относятся эти мероприятия (--plan или --create-plan НАЗВАНИЕ; в мастере — «План»).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>{column}: &quot;{text}&quot; is not a known status; it is left as it is.</source>
        <translation>{column}: «{text}» — неизвестный статус; значение оставлено как есть.</translation>
    </message>
    <message>
        <source>The measure has no number.</source>
        <translation>У мероприятия нет номера.</translation>
    </message>
    <message>
        <source>The measure text is empty.</source>
        <translation>Текст мероприятия пуст.</translation>
    </message>
    <message>
        <source>Measure {number} is already in row {row}.</source>
        <translation>Мероприятие {number} уже есть в строке {row}.</translation>
    </message>
    <message>
        <source>There is no plan called &quot;{name}&quot;.</source>
        <translation>Плана «{name}» нет.</translation>
    </message>
    <message>
        <source>A new plan will be created: {title}.</source>
        <translation>Будет создан новый план: {title}.</translation>
    </message>
    <message>
        <source>The plan is not known.</source>
        <translation>План неизвестен.</translation>
    </message>
    <message>
        <source>New measure.</source>
        <translation>Новое мероприятие.</translation>
    </message>
    <message>
        <source>Changes: {fields}.</source>
        <translation>Изменения: {fields}.</translation>
    </message>
    <message>
        <source>Already recorded, nothing changed.</source>
        <translation>Уже записано, ничего не изменено.</translation>
    </message>
    <message>
        <source>New organizations will be added: {names}.</source>
        <translation>Будут добавлены новые организации: {names}.</translation>
    </message>
    <message>
        <source>Writing measures…</source>
        <translation>Запись мероприятий…</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>Above this many matching records, whole tables are read once instead of by chunks of ids.</extracomment>
        <translation>текст</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>индикаторы</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>section</source>
        <translation>раздел</translation>
    </message>
    <message>
        <source>lead agencies</source>
        <translation>ответственные исполнители</translation>
    </message>
    <message>
        <source>co-implementers</source>
        <translation>соисполнители</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>Meetings with attendance</source>
        <translation>Заседания с присутствием</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>Номер заседания</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>В лице</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a meeting number.</source>
        <translation>«{text}» не является номером заседания.</translation>
    </message>
    <message>
        <source>The meeting date is missing or not a date (write it as 31.12.2024).</source>
        <translation>Дата заседания отсутствует или не является датой (укажите в виде 31.12.2024).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a known meeting type; a Commission meeting is assumed.</source>
        <translation>«{text}» — неизвестный вид заседания; принято заседание Комиссии.</translation>
    </message>
    <message>
        <source>The row belongs to no meeting (no date above it).</source>
        <translation>Строка не относится ни к одному заседанию (выше нет даты).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a known role; &quot;member&quot; is assumed.</source>
        <translation>«{text}» — неизвестная роль; принято «член».</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not understood as present or absent; &quot;present&quot; is assumed.</source>
        <translation>«{text}» не распознано как «присутствовал» или «отсутствовал»; принято «присутствовал».</translation>
    </message>
    <message>
        <source>No meeting.</source>
        <translation>Нет заседания.</translation>
    </message>
    <message>
        <source>New meeting {ref}.</source>
        <translation>Новое заседание {ref}.</translation>
    </message>
    <message>
        <source>Meeting changes: {fields}.</source>
        <translation>Изменения заседания: {fields}.</translation>
    </message>
    <message>
        <source>The same participant is already in row {row}.</source>
        <translation>Этот же участник уже есть в строке {row}.</translation>
    </message>
    <message>
        <source>New participant.</source>
        <translation>Новый участник.</translation>
    </message>
    <message>
        <source>Attendance changes.</source>
        <translation>Изменения в присутствии.</translation>
    </message>
    <message>
        <source>The minutes of meeting {ref} are approved and locked; reopen them first.</source>
        <translation>Протокол заседания {ref} утверждён и заблокирован; сначала откройте его для изменения.</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Parent organization</source>
        <translation>Вышестоящая организация</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Член Комиссии</translation>
    </message>
    <message>
        <source>{column}: &quot;{text}&quot; is not a known kind; &quot;Other&quot; is used.</source>
        <translation>{column}: «{text}» — неизвестный вид; используется «Другое».</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Название пусто.</translation>
    </message>
    <message>
        <source>The same organization is already in row {row}.</source>
        <translation>Эта же организация уже есть в строке {row}.</translation>
    </message>
    <message>
        <source>The parent organization &quot;{name}&quot; is unknown; it will be added.</source>
        <translation>Вышестоящая организация «{name}» неизвестна; она будет добавлена.</translation>
    </message>
    <message>
        <source>New organization.</source>
        <translation>Новая организация.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>краткое название</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>вышестоящая организация</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Отчёты о ходе выполнения</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Say which plan the measures belong to (--plan; in the wizard: &quot;Plan&quot;).</source>
        <translation>Укажите, к какому плану относятся мероприятия (--plan; в мастере — «План»).</translation>
    </message>
    <message>
        <source>Measure No.</source>
        <translation>№ мероприятия</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (write it as 31.12.2024).</source>
        <translation>«{text}» не является датой (укажите в виде 31.12.2024).</translation>
    </message>
    <message>
        <source>No date: the report is dated {date}.</source>
        <translation>Нет даты: отчёт датирован {date}.</translation>
    </message>
    <message>
        <source>The row names no measure number.</source>
        <translation>В строке не указан номер мероприятия.</translation>
    </message>
    <message>
        <source>The progress text is empty.</source>
        <translation>Текст о ходе выполнения пуст.</translation>
    </message>
    <message>
        <source>The plan has no measure {number}.</source>
        <translation>В плане нет мероприятия {number}.</translation>
    </message>
    <message>
        <source>This report is already recorded.</source>
        <translation>Этот отчёт уже записан.</translation>
    </message>
    <message>
        <source>Same report as row {row}.</source>
        <translation>Тот же отчёт, что и в строке {row}.</translation>
    </message>
    <message>
        <source>New progress report for measure {number}.</source>
        <translation>Новый отчёт о ходе выполнения мероприятия {number}.</translation>
    </message>
    <message>
        <source>Returned status questionnaire</source>
        <translation>Возвращённая анкета о ходе выполнения</translation>
    </message>
    <message>
        <source>This file is not a status questionnaire made by this application (or its hidden description sheet was removed).</source>
        <translation>Этот файл не является анкетой о ходе выполнения, созданной этим приложением (или из него удалён скрытый лист описания).</translation>
    </message>
    <message>
        <source>Questionnaire of {organization}, prepared on {date}.</source>
        <translation>Анкета организации {organization}, подготовлена {date}.</translation>
    </message>
    <message>
        <source>The row has no hidden id: rows must not be added or copied in the questionnaire.</source>
        <translation>В строке нет скрытого идентификатора: в анкету нельзя добавлять или копировать строки.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not one of the statuses of the list.</source>
        <translation>«{text}» не входит в список статусов.</translation>
    </message>
    <message>
        <source>The organization of this questionnaire ({name}) is not in the database; was it made from another database?</source>
        <translation>Организации этой анкеты ({name}) нет в базе данных; возможно, анкета создана из другой базы данных?</translation>
    </message>
    <message>
        <source>Measure {number} was not in the questionnaire issued to {org}; the row was refused.</source>
        <translation>Мероприятия {number} не было в анкете, выданной {org}; строка отклонена.</translation>
    </message>
    <message>
        <source>Recommendation {number} was not in the questionnaire issued to {org}; the row was refused.</source>
        <translation>Рекомендации {number} не было в анкете, выданной {org}; строка отклонена.</translation>
    </message>
    <message>
        <source>Measure {number} of this row is not in the database (or has another number now).</source>
        <translation>Мероприятия {number} из этой строки нет в базе данных (или у него теперь другой номер).</translation>
    </message>
    <message>
        <source>New progress report of measure {number}.</source>
        <translation>Новый отчёт о ходе выполнения мероприятия {number}.</translation>
    </message>
    <message>
        <source>Status: {old} → {new}.</source>
        <translation>Статус: {old} → {new}.</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Ничего нового.</translation>
    </message>
    <message>
        <source>Recommendation {number} of this row is not in the database (or has another number now).</source>
        <translation>Рекомендации {number} из этой строки нет в базе данных (или у неё теперь другой номер).</translation>
    </message>
    <message>
        <source>Information added to the assessment.</source>
        <translation>Сведения добавлены в оценку.</translation>
    </message>
    <message>
        <source>This questionnaire was changed after it was issued, or was issued by another database: its signature does not match what it says it was issued for. It was not imported; send the organization a new one.</source>
        <translation>Эта анкета была изменена после выдачи или выдана другой базой данных: её подпись не соответствует указанным в ней сведениям о выдаче. Анкета не импортирована; отправьте организации новую.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <extracomment>The last Human Rights Council session of each UPR cycle (1st: sessions 1-12, ...).</extracomment>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Recommendation and recommending State</source>
        <translation>Рекомендация и рекомендующее государство</translation>
    </message>
    <message>
        <source>Recommendation text</source>
        <translation>Текст рекомендации</translation>
    </message>
    <message>
        <source>Paragraph number</source>
        <translation>Номер пункта</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>Рекомендующие государства</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Source of position</source>
        <translation>Источник позиции</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Groups of persons</source>
        <translation>Группы лиц</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Статус выполнения</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>Ответственные организации</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>Государство — объект обзора</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>The recommendation text is empty.</source>
        <translation>Текст рекомендации пуст.</translation>
    </message>
    <message>
        <source>The UPR cycle is not known.</source>
        <translation>Цикл УПО неизвестен.</translation>
    </message>
    <message>
        <source>The body that made the recommendation is not known.</source>
        <translation>Орган, вынесший рекомендацию, неизвестен.</translation>
    </message>
    <message>
        <source>No recommending State was found at the end of the text.</source>
        <translation>В конце текста не найдено рекомендующее государство.</translation>
    </message>
    <message>
        <source>{column}: &quot;{text}&quot; is not a known position (Supported, Noted); it is left as it is.</source>
        <translation>{column}: «{text}» — неизвестная позиция (поддержана, принята к сведению); значение оставлено как есть.</translation>
    </message>
    <message>
        <source>Paragraph {paragraph} is already in row {row} with a different text.</source>
        <translation>Пункт {paragraph} уже есть в строке {row} с другим текстом.</translation>
    </message>
    <message>
        <source>Rows about other States under review are skipped: {states}.</source>
        <translation>Строки о других государствах — объектах обзора пропущены: {states}.</translation>
    </message>
    <message>
        <source>The UPR cycle of these recommendations is not known (the title rows do not say it). Give it (--cycle, or &quot;Cycle&quot; in the import options).</source>
        <translation>Цикл УПО этих рекомендаций неизвестен (в строках названия он не указан). Укажите его (--cycle или «Цикл» в параметрах импорта).</translation>
    </message>
    <message>
        <source>The body that made these recommendations is not known. Give it (--body, or &quot;Body&quot; in the import options), e.g. CEDAW.</source>
        <translation>Орган, вынесший эти рекомендации, неизвестен. Укажите его (--body или «Орган» в параметрах импорта), например CEDAW.</translation>
    </message>
    <message>
        <source>mechanism {value}</source>
        <translation>механизм {value}</translation>
    </message>
    <message>
        <source>cycle {value}</source>
        <translation>цикл {value}</translation>
    </message>
    <message>
        <source>session {value}</source>
        <translation>сессия {value}</translation>
    </message>
    <message>
        <source>document {value}</source>
        <translation>документ {value}</translation>
    </message>
    <message>
        <source>Read from the title rows: {facts}.</source>
        <translation>Из строк названия прочитано: {facts}.</translation>
    </message>
    <message>
        <source>Comparing with the database…</source>
        <translation>Сравнение с базой данных…</translation>
    </message>
    <message>
        <source>New recommendation.</source>
        <translation>Новая рекомендация.</translation>
    </message>
    <message>
        <source>Same recommendation as row {row} (its themes and States were added there).</source>
        <translation>Та же рекомендация, что и в строке {row} (её темы и государства добавлены туда).</translation>
    </message>
    <message>
        <source>A recommendation to {state}, not to the State under review.</source>
        <translation>Рекомендация государству {state}, а не государству — объекту обзора.</translation>
    </message>
    <message>
        <source>Writing recommendations…</source>
        <translation>Запись рекомендаций…</translation>
    </message>
    <message>
        <source>position</source>
        <translation>позиция</translation>
    </message>
    <message>
        <source>source of position</source>
        <translation>источник позиции</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сессия</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>темы</translation>
    </message>
    <message>
        <source>groups of persons</source>
        <translation>группы лиц</translation>
    </message>
    <message>
        <source>recommending States</source>
        <translation>рекомендующие государства</translation>
    </message>
    <message>
        <source>responsible agencies</source>
        <translation>ответственные организации</translation>
    </message>
    <message>
        <source>The workbook contains no sheets.</source>
        <extracomment>Far more than any list clerks receive (OHCHR&apos;s longest is a few hundred rows); the 100 MB file limit of ``safe_open`` bounds it too. Other sheets a questionnaire&apos;s metadata names, read along with the chosen one.
----------
Plausible Excel serial dates: 1 Jan 1990 .. 31 Dec 2100. Outside this range a number is far more likely a count or a code than a date.</extracomment>
        <translation>В книге нет листов.</translation>
    </message>
    <message>
        <source>The file has no table number {number}; it has {count}.</source>
        <translation>В файле нет таблицы с номером {number}; таблиц в нём: {count}.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;{name}&quot;.</source>
        <translation>В книге нет листа «{name}».</translation>
    </message>
    <message>
        <source>The sheet &quot;{name}&quot; is empty.</source>
        <translation>Лист «{name}» пуст.</translation>
    </message>
    <message>
        <source>There is no such header row.</source>
        <translation>Такой строки заголовков нет.</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Последний отчёт</translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation>Последние сведения о ходе выполнения</translation>
    </message>
    <message>
        <source>Meetings and attendance</source>
        <translation>Заседания и присутствие</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The header row has no recommendation column (expected a title such as &quot;Recommendation&quot; or &quot;Recommendation and recommending State&quot;).</source>
        <extracomment>Other recognised columns as text: status, responsible, body, cycle, mechanism. SDG target codes of the SDG column (&quot;5.2&quot;, &quot;16.3&quot;); their goals are in ``sdgs`` too. &quot;Supported/Noted&quot;, &quot;Supported / Noted&quot;, &quot;Принята к сведению / поддержана&quot;: a split position. How a recommendation ends: its recommending States in brackets, or a full stop or semicolon.</extracomment>
        <translation>В строке заголовков нет столбца рекомендаций (ожидался заголовок вида «Recommendation» или «Recommendation and recommending State»).</translation>
    </message>
    <message>
        <source>Paragraph {paragraph} also appears in row {row}.</source>
        <translation>Пункт {paragraph} встречается также в строке {row}.</translation>
    </message>
    <message>
        <source>The position &quot;{text}&quot; was not recognised (expected Supported or Noted).</source>
        <translation>Позиция «{text}» не распознана (ожидалось «Supported» или «Noted»).</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Partially completed</source>
        <translation>Выполнено частично</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Выполнено частично</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Co-implementer</source>
        <translation>Соисполнитель</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Поддержана</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Принята к сведению</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Questionnaire - {organization}</source>
        <translation>Анкета — {organization}</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ваша роль</translation>
    </message>
    <message>
        <source>What was done (progress since the last report)</source>
        <translation>Что сделано (ход выполнения с момента последнего отчёта)</translation>
    </message>
    <message>
        <source>Recommendations of UN human rights mechanisms</source>
        <translation>Рекомендации правозащитных механизмов ООН</translation>
    </message>
    <message>
        <source>Information on implementation</source>
        <translation>Информация о выполнении</translation>
    </message>
    <message>
        <source>Indicators due</source>
        <translation>Индикаторы к отчёту</translation>
    </message>
    <message>
        <source>Status questionnaire</source>
        <translation>Анкета о ходе выполнения</translation>
    </message>
    <message>
        <source>Status questionnaire: {subject} — {organization}</source>
        <translation>Анкета о ходе выполнения: {subject} — {organization}</translation>
    </message>
    <message>
        <source>Prepared by the Secretariat on {date}. Fill in only the yellow columns: choose the status from the list and describe what was done. Do not add, delete or move rows. Return the file to the Secretariat.</source>
        <translation>Подготовлено секретариатом {date}. Заполните только жёлтые столбцы: выберите статус из списка и опишите, что сделано. Не добавляйте, не удаляйте и не перемещайте строки. Верните файл в секретариат.</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>Выберите статус из списка.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Выберите из списка.</translation>
    </message>
    <message>
        <source>Indicator reports due — {organization}</source>
        <translation>Отчёты по индикаторам к представлению — {organization}</translation>
    </message>
    <message>
        <source>Report on these indicators in the progress column of their measure (sheet of plan measures). As of {date}.</source>
        <translation>Отчитайтесь по этим индикаторам в столбце хода выполнения соответствующего мероприятия (лист мероприятий плана). По состоянию на {date}.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>due</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <extracomment>Members smaller than this are never judged by their ratio: tiny XML parts (e.g. an empty sheet full of repeated tags) compress extremely well. The prolog (declaration, comments, DOCTYPE) of an XML part is read in chunks of this size. A shared-string cell whose index is negative: calamine would read another cell&apos;s text.</extracomment>
        <translation>Файл {name} не существует.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} — папка, а не файл.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Файл {name} пуст.</translation>
    </message>
    <message>
        <source>The file {name} is too large to import ({size} MB; the limit is {limit} MB). Split it into smaller workbooks.</source>
        <translation>Файл {name} слишком велик для импорта ({size} МБ; ограничение — {limit} МБ). Разделите его на книги меньшего размера.</translation>
    </message>
    <message>
        <source>The file {name} is password-protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, clear the box), save it and import it again.</source>
        <translation>Файл {name} защищён паролем. Откройте его в Excel, снимите пароль (Файл &gt; Сведения &gt; Защита книги &gt; Зашифровать с использованием пароля, очистите поле), сохраните и импортируйте снова.</translation>
    </message>
    <message>
        <source>The file {name} is an old Word document (.doc), which cannot be read. Open it in Word or LibreOffice Writer, save it as &quot;Word Document (.docx)&quot; and import the new file.</source>
        <translation>Файл {name} — документ Word старого формата (.doc), который невозможно прочитать. Откройте его в Word или LibreOffice Writer, сохраните как «Документ Word (.docx)» и импортируйте новый файл.</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet, a text table or a Word document. Open it in the program that made it and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>Файл {name} не является электронной таблицей, текстовой таблицей или документом Word. Откройте его в программе, в которой он создан, и сохраните как «Книга Excel (.xlsx)».</translation>
    </message>
    <message>
        <source>The file {name} is an OpenDocument file, not a spreadsheet. Save it as an OpenDocument spreadsheet (.ods), an Excel workbook (.xlsx) or a Word document (.docx) and import the new file.</source>
        <translation>Файл {name} — файл OpenDocument, но не электронная таблица. Сохраните его как электронную таблицу OpenDocument (.ods), книгу Excel (.xlsx) или документ Word (.docx) и импортируйте новый файл.</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a spreadsheet. Ask the sender for the Excel version, or copy the table into Excel and save it as .xlsx.</source>
        <translation>Файл {name} — документ PDF, а не электронная таблица. Запросите у отправителя версию в Excel или скопируйте таблицу в Excel и сохраните её в формате .xlsx.</translation>
    </message>
    <message>
        <source>The file {name} is a web page or XML file that only looks like a spreadsheet. Open it in Excel or LibreOffice and save it as &quot;Excel Workbook (.xlsx)&quot;.</source>
        <translation>Файл {name} — веб-страница или файл XML, который лишь похож на электронную таблицу. Откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)».</translation>
    </message>
    <message>
        <source>The file {name} unpacks to far more data than a spreadsheet contains and was not opened (it may be a &quot;zip bomb&quot;). If it is a genuine workbook, save it again in Excel and split it into smaller files.</source>
        <translation>Файл {name} при распаковке занимает намного больше места, чем бывает у электронной таблицы, и не был открыт (возможно, это «zip-бомба»). Если это настоящая книга, пересохраните её в Excel и разделите на файлы меньшего размера.</translation>
    </message>
    <message>
        <source>The file {name} is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation>Файл {name} — zip-архив, но не книга Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file {name} contains XML declarations that spreadsheets never use (DOCTYPE/ENTITY) and may be crafted to attack the program. It was not opened.</source>
        <translation>Файл {name} содержит объявления XML, которые никогда не используются в электронных таблицах (DOCTYPE/ENTITY), и может быть специально создан для атаки на программу. Файл не открыт.</translation>
    </message>
    <message>
        <source>The file {name} is damaged: a cell refers to a text that does not exist (a negative string index).</source>
        <translation>Файл {name} повреждён: ячейка ссылается на несуществующий текст (отрицательный индекс строки).</translation>
    </message>
    <message>
        <source>The file {name} declares an unknown text encoding &quot;{encoding}&quot;.</source>
        <translation>В файле {name} указана неизвестная кодировка текста «{encoding}».</translation>
    </message>
    <message>
        <source>The file contains XML declarations that spreadsheets never use (DOCTYPE/ENTITY) and may be crafted to attack the program. It was not read.</source>
        <translation>Файл содержит объявления XML, которые никогда не используются в электронных таблицах (DOCTYPE/ENTITY), и может быть специально создан для атаки на программу. Файл не прочитан.</translation>
    </message>
    <message>
        <source>The file could not be read as a spreadsheet: {detail}</source>
        <translation>Не удалось прочитать файл как электронную таблицу: {detail}</translation>
    </message>
    <message>
        <source>The file {name} is damaged or incomplete (perhaps an unfinished download or copy) and cannot be opened: {detail}</source>
        <translation>Файл {name} повреждён или неполон (возможно, загрузка или копирование не завершены) и не может быть открыт: {detail}</translation>
    </message>
    <message>
        <source>The workbook has no sheet number {number}.</source>
        <translation>В книге нет листа с номером {number}.</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} rows; import it in smaller parts.</source>
        <translation>На листе больше {limit} строк; импортируйте его по частям.</translation>
    </message>
    <message>
        <source>There is a value far to the right of the table (beyond column {limit}). Delete stray contents there and import again.</source>
        <translation>Далеко справа от таблицы (за столбцом {limit}) есть значение. Удалите там лишнее содержимое и повторите импорт.</translation>
    </message>
    <message>
        <source>The column &quot;{title}&quot; is empty.</source>
        <translation>Столбец «{title}» пуст.</translation>
    </message>
    <message>
        <source>The text file is damaged: it is not valid {encoding} text (at byte {offset}).</source>
        <extracomment>Share of the bytes 0xC0..0xFF standing in runs of three or more, above which the text is Windows-1251 (see ``decode``), counted twice.</extracomment>
        <translation>Текстовый файл повреждён: это недопустимый текст в кодировке {encoding} (байт {offset}).</translation>
    </message>
    <message>
        <source>The text file could not be read as a table: {detail}</source>
        <translation>Не удалось прочитать текстовый файл как таблицу: {detail}</translation>
    </message>
    <message>
        <source>The Word document {name} contains no table to import.</source>
        <translation>Документ Word {name} не содержит таблиц для импорта.</translation>
    </message>
    <message>
        <source>Table {number} ({rows} rows)</source>
        <translation>Таблица {number} (строк: {rows})</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation>Экспортировано %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт: %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to %1</source>
        <translation>
            <numerusform>%n строка экспортирована в %1</numerusform>
            <numerusform>%n строки экспортированы в %1</numerusform>
            <numerusform>%n строк экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>Не удалось экспортировать список: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Последний отчёт</translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation>Последние сведения о ходе выполнения</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Adopted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <source>Adopting act</source>
        <translation>Акт о принятии</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>Completion note</source>
        <translation>Примечание о выполнении</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Deadline until</source>
        <translation>Срок по</translation>
    </message>
    <message>
        <source>Recurring deadline</source>
        <translation>Постоянный срок</translation>
    </message>
    <message>
        <source>Deadline from</source>
        <translation>Срок с</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Deadline understood</source>
        <translation>Срок распознан</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Окончание в</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Слушали</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикаторы</translation>
    </message>
    <message>
        <source>Member of the Commission</source>
        <translation>Член Комиссии</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>Постоянный пункт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Вышестоящая организация</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция / должность</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Дата отчёта</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>В лице</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Source of position</source>
        <translation>Источник позиции</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Выступили</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Государства</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>User guide</source>
        <extracomment>The components the application is built from, each named with its licence in About.</extracomment>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Lists</source>
        <extracomment>Keys that work inside the lists and the meeting editor (not menu commands).</extracomment>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Поиск по списку</translation>
    </message>
    <message>
        <source>Open the selected line</source>
        <translation>Открыть выбранную строку</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Delete the selected line</source>
        <translation>Удалить выбранную строку</translation>
    </message>
    <message>
        <source>Export the list to Excel</source>
        <translation>Экспортировать список в Excel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Move the agenda item up / down</source>
        <translation>Переместить пункт повестки дня вверх / вниз</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Формы</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Сохранить форму</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>see its documentation</source>
        <translation>см. документацию</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Meetings and minutes, plans and measures, UN recommendations and national reports of the Interministerial Commission.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Заседания и протоколы, планы и мероприятия, рекомендации ООН и национальные доклады Межведомственной комиссии.&lt;/p&gt;&lt;p&gt;&lt;b&gt;База данных:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Лицензия:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Создано с использованием:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Secretariat</source>
        <translation>О программе «Секретариат»</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Recommendations (OHCHR lists, treaty bodies)</source>
        <translation>Рекомендации (перечни УВКПЧ, договорные органы)</translation>
    </message>
    <message>
        <source>Plan measures (a plan matrix)</source>
        <translation>Мероприятия плана (матрица плана)</translation>
    </message>
    <message>
        <source>Progress reports on measures</source>
        <translation>Отчёты о ходе выполнения мероприятий</translation>
    </message>
    <message>
        <source>Meetings with attendance</source>
        <translation>Заседания с присутствием</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>A returned status questionnaire</source>
        <translation>Возвращённая анкета о ходе выполнения</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Parliament</source>
        <translation>Парламент</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Омбудсмен</translation>
    </message>
    <message>
        <source>Public organization</source>
        <translation>Общественная организация</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Учреждение ООН</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Посольство</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Commission meeting</source>
        <translation>Заседание Комиссии</translation>
    </message>
    <message>
        <source>Working meeting</source>
        <translation>Рабочее совещание</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Брифинг</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Смешанный формат</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>Проект протокола подготовлен</translation>
    </message>
    <message>
        <source>Minutes circulated</source>
        <translation>Протокол разослан</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Протокол утверждён</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Приглашён</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствовал</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>Туркменский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation>Национальный план действий</translation>
    </message>
    <message>
        <source>IHL plan</source>
        <translation>План по МГП</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>План работы</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Partially completed</source>
        <translation>Выполнено частично</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Co-implementer</source>
        <translation>Соисполнитель</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>UPR</source>
        <translation>УПО</translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation>Договорный орган</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Специальная процедура</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Поддержана</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Принята к сведению</translation>
    </message>
    <message>
        <source>Partially supported</source>
        <translation>Поддержана частично</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Выполнено частично</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Готовится</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <source>Considered</source>
        <translation>Рассмотрен</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Not allowed for your role</source>
        <translation>Недоступно для вашей роли</translation>
    </message>
    <message>
        <source>The minutes are locked</source>
        <translation>Протокол заблокирован</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Record not found</source>
        <translation>Запись не найдена</translation>
    </message>
    <message>
        <source>Please check the input</source>
        <translation>Проверьте введённые данные</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Действие невозможно</translation>
    </message>
    <message>
        <source>The database could not be used</source>
        <translation>Не удалось использовать базу данных</translation>
    </message>
    <message>
        <source>The database did not accept the change: %1

Nothing was lost: try again, and if it keeps failing, save your text elsewhere and look at the log (Help → Open log folder).</source>
        <translation>База данных не приняла изменение: %1

Ничего не потеряно: попробуйте ещё раз, а если ошибка повторяется, сохраните текст в другом месте и посмотрите журнал (Справка → Открыть папку журнала).</translation>
    </message>
</context>
<context>
    <name>minutes_pdf</name>
    <message>
        <source>Preparing the minutes…</source>
        <translation>Подготовка протокола…</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>Печать протокола</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Просмотр и печать…</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Reports to UN bodies</source>
        <translation>Доклады органам ООН</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <source>The PDF could not be made</source>
        <translation>Не удалось создать PDF</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>typed on %1</source>
        <translation>набрано %1</translation>
    </message>
    <message>
        <source>Unsaved minutes found</source>
        <translation>Обнаружен несохранённый текст протокола</translation>
    </message>
    <message>
        <source>Secretariat closed before some text was saved. It was kept, and can be put back into the editor of these meetings:</source>
        <translation>«Секретариат» был закрыт до сохранения части текста. Текст сохранён, и его можно вернуть в редактор этих заседаний:</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>Открыть их</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Discard it…</source>
        <translation>Удалить текст…</translation>
    </message>
    <message>
        <source>Discard unsaved text</source>
        <translation>Удаление несохранённого текста</translation>
    </message>
    <message numerus="yes">
        <source>Throw away the unsaved text of %n meetings? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить несохранённый текст %n заседания? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить несохранённый текст %n заседаний? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить несохранённый текст %n заседаний? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Plan implementation</source>
        <translation>Выполнение плана</translation>
    </message>
    <message>
        <source>per plan: measures by status and by lead organization, overdue measures, progress reported in the period</source>
        <translation>по каждому плану: мероприятия по статусу и ответственным исполнителям, просроченные мероприятия, сведения о ходе выполнения за период</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>by position, implementation status, SDG and theme; recommendations not linked to any measure</source>
        <translation>по позиции, статусу выполнения, ЦУР и теме; рекомендации, не связанные ни с одним мероприятием</translation>
    </message>
    <message>
        <source>Action items from meetings</source>
        <translation>Поручения по итогам заседаний</translation>
    </message>
    <message>
        <source>open and overdue action items grouped by responsible organization (period: due date)</source>
        <translation>открытые и просроченные поручения по ответственным организациям (период — срок исполнения)</translation>
    </message>
    <message>
        <source>The Commission&apos;s year</source>
        <translation>Год работы Комиссии</translation>
    </message>
    <message>
        <source>meetings held, decisions taken, reports submitted, plans, and the work plan for the next year</source>
        <translation>проведённые заседания, принятые решения, представленные доклады, планы и план работы на следующий год</translation>
    </message>
    <message>
        <source>What each organization owes</source>
        <translation>Задолженность организаций</translation>
    </message>
    <message>
        <source>a summary of every organization, then one page each: open action items, measures due, reports not submitted, what is overdue</source>
        <translation>сводка по всем организациям, затем по странице на каждую: открытые поручения, мероприятия со сроком, непредставленные отчёты, просроченное</translation>
    </message>
    <message>
        <source>Reading the minutes…</source>
        <translation>Чтение протокола…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <source>Gathering the data…</source>
        <translation>Сбор данных…</translation>
    </message>
    <message>
        <source>Action items: open and overdue</source>
        <translation>Поручения: открытые и просроченные</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>По состоянию на {date}</translation>
    </message>
    <message>
        <source>Due: {period}</source>
        <translation>Срок исполнения: {period}</translation>
    </message>
    <message>
        <source>Open action items: {open} · overdue: {overdue}</source>
        <translation>Открытых поручений: {open} · просроченных: {overdue}</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Открытых поручений нет.</translation>
    </message>
    <message>
        <source>By organization</source>
        <translation>По организациям</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>An action item shared by several organizations is listed under each of them; the totals count it once.</source>
        <translation>Поручение, общее для нескольких организаций, указано у каждой из них; в итогах оно учитывается один раз.</translation>
    </message>
    <message>
        <source>Overdue action items by organization</source>
        <translation>Просроченные поручения по организациям</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>Совместно с: {names}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Results of the Commission&apos;s work for {year} and the tasks for {next}</source>
        <translation>Итоги работы Комиссии за {year} год и задачи на {next} год</translation>
    </message>
    <message>
        <source>National reports page</source>
        <translation>Страница национальных докладов</translation>
    </message>
    <message>
        <source>Concluding observations</source>
        <translation>Заключительные замечания</translation>
    </message>
    <message>
        <source>Treaty schedule</source>
        <translation>График по договору</translation>
    </message>
    <message>
        <source>Meetings held: {count}</source>
        <translation>Проведено заседаний: {count}</translation>
    </message>
    <message>
        <source>Decisions taken: {count}</source>
        <translation>Принято решений: {count}</translation>
    </message>
    <message>
        <source>National reports submitted: {count}</source>
        <translation>Представлено национальных докладов: {count}</translation>
    </message>
    <message>
        <source>1. Meetings held</source>
        <translation>1. Проведённые заседания</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Actions open / all</source>
        <translation>Поручения: открытые / все</translation>
    </message>
    <message>
        <source>Meetings by kind</source>
        <translation>Заседания по видам</translation>
    </message>
    <message>
        <source>Meetings by kind: {counts}.</source>
        <translation>Заседания по видам: {counts}.</translation>
    </message>
    <message>
        <source>No meeting was held in this year.</source>
        <translation>В этом году заседаний не проводилось.</translation>
    </message>
    <message>
        <source>2. Decisions taken</source>
        <translation>2. Принятые решения</translation>
    </message>
    <message>
        <source>No decision was recorded in this year.</source>
        <translation>В этом году решений не записано.</translation>
    </message>
    <message>
        <source>3. National reports submitted</source>
        <translation>3. Представленные национальные доклады</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>No national report was submitted in this year.</source>
        <translation>В этом году национальные доклады не представлялись.</translation>
    </message>
    <message>
        <source>Reports calendar for {year}</source>
        <translation>Календарь представления докладов на {year} год</translation>
    </message>
    <message>
        <source>Source of the date</source>
        <translation>Источник срока</translation>
    </message>
    <message>
        <source>Dates from the treaty follow the ratification dates and reporting cycles entered on the National reports page; a committee&apos;s own date in its concluding observations replaces them.</source>
        <translation>Сроки по договору рассчитаны по датам ратификации и циклам представления докладов, введённым на странице национальных докладов; срок, установленный комитетом в заключительных замечаниях, заменяет их.</translation>
    </message>
    <message>
        <source>No report is due in {year}.</source>
        <translation>В {year} году сроков представления докладов нет.</translation>
    </message>
    <message>
        <source>4. Implementation of plans in {year}</source>
        <translation>4. Выполнение планов в {year} году</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Due in the year</source>
        <translation>Со сроком в этом году</translation>
    </message>
    <message>
        <source>Of these completed</source>
        <translation>Из них выполнено</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Отчёты о ходе выполнения</translation>
    </message>
    <message>
        <source>No plan covers this year.</source>
        <translation>Ни один план не охватывает этот год.</translation>
    </message>
    <message>
        <source>5. Plan of work for {year}</source>
        <translation>5. План работы на {year} год</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>This plan has no measures.</source>
        <translation>В этом плане нет мероприятий.</translation>
    </message>
    <message>
        <source>No work plan for {year} has been recorded.</source>
        <translation>План работы на {year} год не записан.</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>по состоянию на {date}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>по {date}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>без ограничения по датам</translation>
    </message>
    <message>
        <source>Secretariat of the Interministerial Commission — printed {date}</source>
        <translation>Секретариат Межведомственной комиссии — напечатано {date}</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Страница {n} из {total}</translation>
    </message>
    <message>
        <source>Outstanding tasks by organization</source>
        <translation>Невыполненные задачи по организациям</translation>
    </message>
    <message>
        <source>Measures due by {date}</source>
        <translation>Мероприятия со сроком до {date}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Measures owed</source>
        <translation>Мероприятия к выполнению</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Просроченные мероприятия</translation>
    </message>
    <message>
        <source>Action items open / overdue</source>
        <translation>Поручения: открытые / просроченные</translation>
    </message>
    <message>
        <source>Reports due / overdue</source>
        <translation>Отчёты: ожидаемые / просроченные</translation>
    </message>
    <message>
        <source>A measure or action item shared by several organizations is counted under each of them, so the totals may exceed the number of distinct tasks.</source>
        <translation>Мероприятие или поручение, общее для нескольких организаций, учитывается у каждой из них, поэтому итоги могут превышать число отдельных задач.</translation>
    </message>
    <message>
        <source>Open action items: {count}</source>
        <translation>Открытых поручений: {count}</translation>
    </message>
    <message>
        <source>Plan measures due: {count}</source>
        <translation>Мероприятий планов с наступающим сроком: {count}</translation>
    </message>
    <message>
        <source>National reports not yet submitted: {count}</source>
        <translation>Ещё не представлено национальных докладов: {count}</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>Просрочено: {count}</translation>
    </message>
    <message>
        <source>Action items from meetings of the Commission</source>
        <translation>Поручения по итогам заседаний Комиссии</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Мероприятия планов</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Indicator reports</source>
        <translation>Отчёты по индикаторам</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>due</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>National reports</source>
        <translation>Национальные доклады</translation>
    </message>
    <message numerus="yes">
        <source>The organization is also responsible for %n UN recommendations that are not yet implemented.</source>
        <translation>
            <numerusform>Организация также отвечает за %n ещё не выполненную рекомендацию ООН.</numerusform>
            <numerusform>Организация также отвечает за %n ещё не выполненные рекомендации ООН.</numerusform>
            <numerusform>Организация также отвечает за %n ещё не выполненных рекомендаций ООН.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization has outstanding tasks.</source>
        <translation>Ни у одной организации нет невыполненных задач.</translation>
    </message>
    <message>
        <source>Plan implementation report</source>
        <translation>Отчёт о выполнении плана</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Период: {period}</translation>
    </message>
    <message>
        <source>adopted {date}</source>
        <translation>принят {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>Мероприятия по статусу</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Measures by lead organization</source>
        <translation>Мероприятия по ответственным исполнителям</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>A measure with several lead organizations counts under each of them, so the totals exceed the plan&apos;s measures.</source>
        <translation>Мероприятие с несколькими ответственными исполнителями учитывается у каждого из них, поэтому итоги превышают число мероприятий плана.</translation>
    </message>
    <message>
        <source>Overdue measures by lead organization</source>
        <translation>Просроченные мероприятия по ответственным исполнителям</translation>
    </message>
    <message>
        <source>No lead organization is recorded for these measures.</source>
        <translation>Для этих мероприятий ответственный исполнитель не указан.</translation>
    </message>
    <message>
        <source>Overdue measures ({count})</source>
        <translation>Просроченные мероприятия ({count})</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>No measure of this plan is overdue.</source>
        <translation>Просроченных мероприятий в этом плане нет.</translation>
    </message>
    <message>
        <source>Progress reported {period} ({count})</source>
        <translation>Сведения о ходе выполнения {period} ({count})</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Кем представлен</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>No progress was reported in the period {period}.</source>
        <translation>За период {period} сведений о ходе выполнения не поступало.</translation>
    </message>
    <message>
        <source>Progress reported: {period}</source>
        <translation>Сведения о ходе выполнения: {period}</translation>
    </message>
    <message>
        <source>Organization: {name}</source>
        <translation>Организация: {name}</translation>
    </message>
    <message>
        <source>No plan matches the filters.</source>
        <translation>Ни один план не соответствует фильтрам.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Recommendations report</source>
        <translation>Отчёт о рекомендациях</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Mechanism: {name}</source>
        <translation>Механизм: {name}</translation>
    </message>
    <message>
        <source>Responsible organization: {name}</source>
        <translation>Ответственная организация: {name}</translation>
    </message>
    <message>
        <source>Recommendations: {count}</source>
        <translation>Рекомендаций: {count}</translation>
    </message>
    <message>
        <source>answered by at least one plan measure: {count}</source>
        <translation>охвачено хотя бы одним мероприятием плана: {count}</translation>
    </message>
    <message>
        <source>not yet linked to any measure: {count}</source>
        <translation>пока не связано ни с одним мероприятием: {count}</translation>
    </message>
    <message>
        <source>By position of the State</source>
        <translation>По позиции государства</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>By implementation status</source>
        <translation>По статусу выполнения</translation>
    </message>
    <message>
        <source>By Sustainable Development Goal</source>
        <translation>По Целям в области устойчивого развития</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>A recommendation may serve several goals and counts under each of them, so the shares may add up to more than 100%.</source>
        <translation>Рекомендация может относиться к нескольким целям и учитывается в каждой из них, поэтому сумма долей может превышать 100%.</translation>
    </message>
    <message>
        <source>By SDG target</source>
        <translation>По задачам ЦУР</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Only the targets named at least once are listed; a recommendation may serve several targets and counts under each of them.</source>
        <translation>Перечислены только задачи, указанные хотя бы один раз; рекомендация может относиться к нескольким задачам и учитывается по каждой из них.</translation>
    </message>
    <message>
        <source>The {count} first of {all} targets named are shown.</source>
        <translation>Показаны первые {count} из {all} указанных задач.</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>По теме</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>A recommendation with several themes counts under each of them, so the shares may add up to more than 100%.</source>
        <translation>Рекомендация с несколькими темами учитывается в каждой из них, поэтому сумма долей может превышать 100%.</translation>
    </message>
    <message>
        <source>The {count} most frequent of {all} themes are shown.</source>
        <translation>Показаны наиболее частые темы: {count} из {all}.</translation>
    </message>
    <message>
        <source>Recommendations not yet linked to any measure ({count})</source>
        <translation>Рекомендации, пока не связанные ни с одним мероприятием ({count})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Every recommendation is answered by at least one measure.</source>
        <translation>Каждая рекомендация охвачена хотя бы одним мероприятием.</translation>
    </message>
    <message>
        <source>No organization assigned</source>
        <translation>Организация не назначена</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Подготовка отчёта…</translation>
    </message>
</context>
<context>
    <name>sdg</name>
    <message>
        <source>No poverty</source>
        <translation>Ликвидация нищеты</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Ликвидация голода</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Хорошее здоровье и благополучие</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Качественное образование</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Гендерное равенство</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Чистая вода и санитария</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Недорогостоящая и чистая энергия</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Достойная работа и экономический рост</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Индустриализация, инновации и инфраструктура</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Уменьшение неравенства</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Устойчивые города и населённые пункты</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Ответственное потребление и производство</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Борьба с изменением климата</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Сохранение морских экосистем</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Сохранение экосистем суши</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Мир, правосудие и эффективные институты</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Партнёрство в интересах устойчивого развития</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Minutes and agenda items</source>
        <translation>Протоколы и пункты повестки дня</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Мероприятия планов</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Отчёты о ходе выполнения</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Action items cannot be sorted by {key!r}.</source>
        <translation>Поручения нельзя сортировать по {key!r}.</translation>
    </message>
    <message>
        <source>Unknown action item filter {state!r}.</source>
        <translation>Неизвестный фильтр поручений {state!r}.</translation>
    </message>
    <message>
        <source>Only a database stored in a file can be backed up.</source>
        <translation>Создать резервную копию можно только для базы данных, хранящейся в файле.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>Необходимо хранить хотя бы одну резервную копию.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself.</source>
        <translation>Резервную копию нельзя записать поверх самой базы данных.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe); a backup is never written over it.</source>
        <translation>{path} — не обычный файл (устройство или канал); резервная копия никогда не записывается поверх него.</translation>
    </message>
    <message>
        <source>{path} already exists and is not a backup of this database; it was left as it was. Choose another name, or replace it on purpose (--force).</source>
        <translation>{path} уже существует и не является резервной копией этой базы данных; файл оставлен без изменений. Выберите другое имя или замените его намеренно (--force).</translation>
    </message>
    <message>
        <source>Database restored from {source}</source>
        <translation>База данных восстановлена из {source}</translation>
    </message>
    <message>
        <source>; the database as it was before is kept at {aside}</source>
        <translation>; прежняя база данных сохранена в {aside}</translation>
    </message>
    <message>
        <source>There was no database before this restore to put back.</source>
        <translation>До этого восстановления базы данных не было, возвращать нечего.</translation>
    </message>
    <message>
        <source>{what} #{id} does not exist (it may have been deleted).</source>
        <translation>Запись «{what}» № {id} не существует (возможно, она удалена).</translation>
    </message>
    <message>
        <source>{what} was changed by someone else while you were editing it. Reload it to see their changes, or save yours over them.</source>
        <translation>{what} изменена другим пользователем, пока вы её редактировали. Загрузите её заново, чтобы увидеть эти изменения, или сохраните свои поверх них.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid {field}; expected one of: {allowed}.</source>
        <translation>{value!r} — недопустимое значение поля {field}; ожидается одно из: {allowed}.</translation>
    </message>
    <message>
        <source>{label} must not be empty.</source>
        <translation>Поле «{label}» не может быть пустым.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown fields: {fields}.</source>
        <translation>
            <numerusform>Неизвестное поле: {fields}.</numerusform>
            <numerusform>Неизвестные поля: {fields}.</numerusform>
            <numerusform>Неизвестные поля: {fields}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database already holds meetings; the demo needs an empty one.</source>
        <translation>В базе данных уже есть заседания; для демонстрационных данных нужна пустая база.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Имя или название</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>This organization</source>
        <translation>Запись об этой организации</translation>
    </message>
    <message>
        <source>An organization cannot be part of itself.</source>
        <translation>Организация не может входить в состав самой себя.</translation>
    </message>
    <message>
        <source>Organizations cannot be sorted by {key!r}.</source>
        <translation>Организации нельзя сортировать по {key!r}.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Запись об этом лице</translation>
    </message>
    <message>
        <source>A draft needs the record and the field it belongs to.</source>
        <translation>Для черновика нужны запись и поле, к которым он относится.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long to keep as a draft (%n characters).</source>
        <translation>
            <numerusform>Текст слишком длинный для сохранения в качестве черновика (%n символ).</numerusform>
            <numerusform>Текст слишком длинный для сохранения в качестве черновика (%n символа).</numerusform>
            <numerusform>Текст слишком длинный для сохранения в качестве черновика (%n символов).</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema is at revision {current}, expected {head}.</source>
        <translation>Редакция схемы — {current}, ожидалась {head}.</translation>
    </message>
    <message>
        <source>An import layout needs a kind and a signature.</source>
        <translation>Для макета импорта нужны вид и сигнатура.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Для заседания нужна дата.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>Заседание не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message>
        <source>The minutes of meeting {ref} are approved and locked. Reopen them first (the reopening is recorded).</source>
        <translation>Протокол заседания {ref} утверждён и заблокирован. Сначала откройте его для изменения (это фиксируется в журнале).</translation>
    </message>
    <message>
        <source>Meeting number {number} of {year} is already used.</source>
        <translation>Номер заседания {number} за {year} год уже используется.</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Запись об этом заседании</translation>
    </message>
    <message>
        <source>Meeting #{id} does not exist (it may have been deleted).</source>
        <translation>Заседание № {id} не существует (возможно, оно удалено).</translation>
    </message>
    <message>
        <source>Give a meeting as an id (12) or as YEAR/NUMBER (2024/1).</source>
        <translation>Укажите заседание как id (12) или ГОД/НОМЕР (2024/1).</translation>
    </message>
    <message>
        <source>There is no meeting {ref}.</source>
        <translation>Заседания {ref} нет.</translation>
    </message>
    <message>
        <source>Say why the approved minutes are reopened.</source>
        <translation>Укажите, почему утверждённый протокол открывается для изменения.</translation>
    </message>
    <message>
        <source>Approved minutes reopened: {reason}</source>
        <translation>Утверждённый протокол открыт для изменения: {reason}</translation>
    </message>
    <message>
        <source>Choose a person or an organization.</source>
        <translation>Выберите лицо или организацию.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>That agenda item belongs to another meeting.</source>
        <translation>Этот пункт повестки дня относится к другому заседанию.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>One of the responsible organizations does not exist.</source>
        <translation>Одной из ответственных организаций не существует.</translation>
    </message>
    <message>
        <source>The agenda already has the review of action items (item {position}).</source>
        <translation>В повестке дня уже есть рассмотрение поручений (пункт {position}).</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>This action item</source>
        <translation>Запись об этом поручении</translation>
    </message>
    <message>
        <source>Only the action items of earlier meetings are reviewed at a meeting.</source>
        <translation>На заседании рассматриваются только поручения предыдущих заседаний.</translation>
    </message>
    <message>
        <source>Give the new due date of the carried-over action item.</source>
        <translation>Укажите новый срок переносимого поручения.</translation>
    </message>
    <message>
        <source>The new due date must be after the meeting ({date}).</source>
        <translation>Новый срок должен быть позже даты заседания ({date}).</translation>
    </message>
    <message>
        <source>Say why the action item is dropped.</source>
        <translation>Укажите, почему поручение снимается.</translation>
    </message>
    <message>
        <source>This action item is no longer open (it is marked {status} elsewhere).</source>
        <translation>Это поручение уже не открыто (в другом месте оно отмечено как {status}).</translation>
    </message>
    <message>
        <source>One of the plan measures does not exist any more.</source>
        <translation>Одного из мероприятий плана больше не существует.</translation>
    </message>
    <message>
        <source>One of the recommendations does not exist any more.</source>
        <translation>Одной из рекомендаций больше не существует.</translation>
    </message>
    <message>
        <source>Meeting {ref} restored after being deleted</source>
        <translation>Заседание {ref} восстановлено после удаления</translation>
    </message>
    <message>
        <source>Choose at least one other organization to merge into this one.</source>
        <translation>Выберите хотя бы одну другую организацию для объединения с этой.</translation>
    </message>
    <message>
        <source>Merged {names} into {kept}</source>
        <translation>{names} объединены в {kept}</translation>
    </message>
    <message>
        <source>The UN body</source>
        <translation>Орган ООН</translation>
    </message>
    <message>
        <source>The reporting period ends before it starts.</source>
        <translation>Отчётный период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The submission date is in the future; a report can only be marked as submitted once it has been sent.</source>
        <translation>Дата представления ещё не наступила; доклад можно отметить как представленный только после его отправки.</translation>
    </message>
    <message>
        <source>National report</source>
        <translation>Национальный доклад</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Запись об этом докладе</translation>
    </message>
    <message>
        <source>Reports cannot be sorted by {key!r}.</source>
        <translation>Доклады нельзя сортировать по {key!r}.</translation>
    </message>
    <message>
        <source>The plan period ends before it starts.</source>
        <translation>Период плана заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Запись об этом плане</translation>
    </message>
    <message>
        <source>There is no plan called {name!r}.</source>
        <translation>Плана с названием {name!r} нет.</translation>
    </message>
    <message>
        <source>A section needs a title or a number.</source>
        <translation>Для раздела нужно название или номер.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>The parent section belongs to another plan.</source>
        <translation>Вышестоящий раздел относится к другому плану.</translation>
    </message>
    <message>
        <source>One of the organizations does not exist.</source>
        <translation>Одной из организаций не существует.</translation>
    </message>
    <message>
        <source>The measure number</source>
        <translation>Номер мероприятия</translation>
    </message>
    <message>
        <source>The plan already has a measure {number}.</source>
        <translation>В плане уже есть мероприятие {number}.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>This measure</source>
        <translation>Запись об этом мероприятии</translation>
    </message>
    <message>
        <source>The reporting frequency is a number of months from 1 to 120.</source>
        <translation>Периодичность отчётности — число месяцев от 1 до 120.</translation>
    </message>
    <message>
        <source>An indicator needs a start date.</source>
        <translation>Для индикатора нужна дата начала.</translation>
    </message>
    <message>
        <source>An indicator needs an end date.</source>
        <translation>Для индикатора нужна дата окончания.</translation>
    </message>
    <message>
        <source>The indicator cannot end before it starts.</source>
        <translation>Индикатор не может заканчиваться раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>This indicator</source>
        <translation>Запись об этом индикаторе</translation>
    </message>
    <message>
        <source>A progress report needs a date.</source>
        <translation>Для отчёта о ходе выполнения нужна дата.</translation>
    </message>
    <message>
        <source>The progress report text</source>
        <translation>Текст отчёта о ходе выполнения</translation>
    </message>
    <message>
        <source>{date} is not a reporting date of this indicator.</source>
        <translation>{date} не является датой отчётности по этому индикатору.</translation>
    </message>
    <message>
        <source>Measures cannot be sorted by {key!r}.</source>
        <translation>Мероприятия нельзя сортировать по {key!r}.</translation>
    </message>
    <message>
        <source>A section can only be moved within its own plan.</source>
        <translation>Раздел можно перемещать только в пределах своего плана.</translation>
    </message>
    <message>
        <source>A section cannot be put inside itself.</source>
        <translation>Раздел нельзя поместить внутрь самого себя.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Отчёт о ходе выполнения</translation>
    </message>
    <message>
        <source>Deleted measure {number} restored</source>
        <translation>Удалённое мероприятие {number} восстановлено</translation>
    </message>
    <message>
        <source>SDG goals are numbered 1 to 17; got {bad}.</source>
        <translation>Цели ЦУР нумеруются от 1 до 17; получено: {bad}.</translation>
    </message>
    <message>
        <source>One of the measures does not exist.</source>
        <translation>Одного из мероприятий не существует.</translation>
    </message>
    <message>
        <source>The recommendation text</source>
        <translation>Текст рекомендации</translation>
    </message>
    <message>
        <source>Recommendation {para} of {body} (cycle {cycle}) is already recorded.</source>
        <translation>Рекомендация {para} органа {body} (цикл {cycle}) уже записана.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>This recommendation</source>
        <translation>Запись об этой рекомендации</translation>
    </message>
    <message>
        <source>Another recommendation already has that number.</source>
        <translation>Этот номер уже есть у другой рекомендации.</translation>
    </message>
    <message>
        <source>One of the recommendations does not exist.</source>
        <translation>Одной из рекомендаций не существует.</translation>
    </message>
    <message>
        <source>Recommendations cannot be sorted by {key!r}.</source>
        <translation>Рекомендации нельзя сортировать по {key!r}.</translation>
    </message>
    <message>
        <source>Select at least one recommendation.</source>
        <translation>Выберите хотя бы одну рекомендацию.</translation>
    </message>
    <message>
        <source>A meeting can approve only the minutes of an earlier meeting.</source>
        <translation>Заседание может утвердить только протокол предыдущего заседания.</translation>
    </message>
    <message>
        <source>This agenda item names no minutes to approve.</source>
        <translation>В этом пункте повестки дня не указан протокол для утверждения.</translation>
    </message>
    <message>
        <source>The minutes of meeting {ref} are already approved.</source>
        <translation>Протокол заседания {ref} уже утверждён.</translation>
    </message>
    <message>
        <source>Minutes approved at meeting {ref}</source>
        <translation>Протокол утверждён на заседании {ref}</translation>
    </message>
    <message>
        <source>As saved before</source>
        <translation>Ранее сохранённая редакция</translation>
    </message>
    <message>
        <source>HEARD</source>
        <translation>СЛУШАЛИ</translation>
    </message>
    <message>
        <source>SPOKE</source>
        <translation>ВЫСТУПИЛИ</translation>
    </message>
    <message>
        <source>DECIDED</source>
        <translation>РЕШИЛИ</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Both revisions must be of the same minutes.</source>
        <translation>Обе редакции должны относиться к одному протоколу.</translation>
    </message>
    <message>
        <source>Restored from revision {number}</source>
        <translation>Восстановлено из редакции {number}</translation>
    </message>
    <message>
        <source>Say to whom the minutes were sent.</source>
        <translation>Укажите, кому был разослан протокол.</translation>
    </message>
    <message>
        <source>The minutes to circulate must be a PDF.</source>
        <translation>Рассылаемый протокол должен быть в формате PDF.</translation>
    </message>
    <message>
        <source>Give the date the minutes were sent.</source>
        <translation>Укажите дату рассылки протокола.</translation>
    </message>
    <message>
        <source>The minutes cannot be sent before the meeting was held.</source>
        <translation>Протокол не может быть разослан до проведения заседания.</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Разослан</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Unknown name of the Commission: {keys}.</source>
        <extracomment>For each language, the others in the order a reader of it would rather have them. The fields that have a form per language, by model name.</extracomment>
        <translation>Неизвестное название Комиссии: {keys}.</translation>
    </message>
    <message>
        <source>This is a local file; use the ordinary backup and restore.</source>
        <translation>Это локальный файл; используйте обычное резервное копирование и восстановление.</translation>
    </message>
    <message>
        <source>{path} already exists; it was left as it was. Choose another name.</source>
        <extracomment>Told the step being started (a short text); may raise to stop: nothing is then written.</extracomment>
        <translation>{path} уже существует; файл оставлен без изменений. Выберите другое имя.</translation>
    </message>
    <message>
        <source>This database is itself a checked-out copy; check meetings out from the database they came from.</source>
        <translation>Эта база данных сама является взятой копией; берите заседания из той базы данных, откуда они получены.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Не удаётся создать папку {folder}: {error}</translation>
    </message>
    <message>
        <source>Meeting {ref} is already checked out to {who} since {since}; it can be checked out again once that copy is checked in.</source>
        <translation>Заседание {ref} уже взято пользователем {who} с {since}; его можно будет взять снова, когда эта копия будет возвращена.</translation>
    </message>
    <message>
        <source>Reading the meeting…</source>
        <translation>Чтение заседания…</translation>
    </message>
    <message>
        <source>Meeting {ref} checked out to {who} ({file})</source>
        <translation>Заседание {ref} взято пользователем {who} ({file})</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Запись копии…</translation>
    </message>
    <message>
        <source>That meeting is not checked out.</source>
        <translation>Это заседание не взято для работы вне сети.</translation>
    </message>
    <message>
        <source>Check-out of meeting {ref} to {who} cancelled</source>
        <translation>Взятие заседания {ref} пользователем {who} отменено</translation>
    </message>
    <message>
        <source>Only an administrator may restore a shared database. Nothing was changed.</source>
        <translation>Восстановить общую базу данных может только администратор. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{where} already holds records, so the snapshot was not loaded and nothing was changed. A snapshot is restored only into an empty shared database: ask the server&apos;s administrator for a new one.</source>
        <translation>{where} уже содержит записи, поэтому снимок не загружен и ничего не изменено. Снимок восстанавливается только в пустую общую базу данных: попросите администратора сервера создать новую.</translation>
    </message>
    <message>
        <source>Loaded from the snapshot {name}</source>
        <translation>Загружено из снимка {name}</translation>
    </message>
    <message>
        <source>Logins and roles exist only on a shared database (PostgreSQL); a local file has none.</source>
        <translation>Логины и роли существуют только в общей базе данных (PostgreSQL); в локальном файле их нет.</translation>
    </message>
    <message>
        <source>{role!r} is not a role; expected reader, editor or admin.</source>
        <translation>{role!r} — не роль; ожидается reader, editor или admin.</translation>
    </message>
    <message>
        <source>{login!r} cannot be a login name: use lower-case Latin letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>{login!r} не может быть логином: используйте строчные латинские буквы, цифры, &apos;_&apos;, &apos;.&apos; или &apos;-&apos;, начиная с буквы.</translation>
    </message>
    <message>
        <source>The roles of this shared database are not set up yet: the database&apos;s owner runs `secretariat --db URL setup-server` first.</source>
        <translation>Роли этой общей базы данных ещё не настроены: сначала владелец базы данных выполняет `secretariat --db URL setup-server`.</translation>
    </message>
    <message>
        <source>Only an administrator may manage the logins of the shared database. Nothing was changed.</source>
        <translation>Управлять логинами общей базы данных может только администратор. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <source>There is already a login {login} on this server.</source>
        <translation>На этом сервере уже есть логин {login}.</translation>
    </message>
    <message>
        <source>There is no login {login} on this database.</source>
        <translation>В этой базе данных нет логина {login}.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from your own login; another administrator can.</source>
        <translation>Нельзя лишить собственный логин роли администратора; это может сделать другой администратор.</translation>
    </message>
    <message>
        <source>You cannot remove your own login; another administrator can.</source>
        <translation>Нельзя удалить собственный логин; это может сделать другой администратор.</translation>
    </message>
    <message>
        <source>Changed in the copy</source>
        <translation>Изменено в копии</translation>
    </message>
    <message>
        <source>Added in the copy</source>
        <translation>Добавлено в копии</translation>
    </message>
    <message>
        <source>Deleted in the copy</source>
        <translation>Удалено в копии</translation>
    </message>
    <message>
        <source>Changed meanwhile on the database, kept</source>
        <translation>Изменено тем временем в базе данных, сохранено</translation>
    </message>
    <message>
        <source>Changed on both sides (choose which to keep):</source>
        <translation>Изменено с обеих сторон (выберите, что сохранить):</translation>
    </message>
    <message>
        <source>    {field}: copy «{mine}», database «{theirs}»</source>
        <translation>    {field}: копия «{mine}», база данных «{theirs}»</translation>
    </message>
    <message>
        <source>Meeting {ref}</source>
        <translation>Заседание {ref}</translation>
    </message>
    <message>
        <source>Agenda item {n}: {title}</source>
        <translation>Пункт повестки дня {n}: {title}</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>Решение: {text}</translation>
    </message>
    <message>
        <source>Action item: {text}</source>
        <translation>Поручение: {text}</translation>
    </message>
    <message>
        <source>Review of the action item: {text}</source>
        <translation>Рассмотрение поручения: {text}</translation>
    </message>
    <message>
        <source>Attendance: {who}</source>
        <translation>Присутствие: {who}</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Лицо: {name}</translation>
    </message>
    <message>
        <source>Organization: {name}</source>
        <translation>Организация: {name}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Слушали</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Выступили</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>В лице</translation>
    </message>
    <message>
        <source>Note on completion</source>
        <translation>Отметка о выполнении</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>The meeting itself was deleted in the copy, so there is nothing to check in; nothing was changed on {origin}.</source>
        <translation>В копии удалено само заседание, поэтому возвращать нечего; в {origin} ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>{path} is not a checked-out copy of a meeting.</source>
        <translation>{path} не является взятой копией заседания.</translation>
    </message>
    <message numerus="yes">
        <source>The copy {path} holds text typed but not saved (%n fields). Open the copy, save that text (or discard it), then check in; nothing was changed.</source>
        <translation>
            <numerusform>Копия {path} содержит набранный, но не сохранённый текст (%n поле). Откройте копию, сохраните этот текст (или откажитесь от него), затем верните её; ничего не изменено.</numerusform>
            <numerusform>Копия {path} содержит набранный, но не сохранённый текст (%n поля). Откройте копию, сохраните этот текст (или откажитесь от него), затем верните её; ничего не изменено.</numerusform>
            <numerusform>Копия {path} содержит набранный, но не сохранённый текст (%n полей). Откройте копию, сохраните этот текст (или откажитесь от него), затем верните её; ничего не изменено.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} was already checked in on {when}; nothing was changed.</source>
        <translation>{path} уже возвращена {when}; ничего не изменено.</translation>
    </message>
    <message>
        <source>This copy is not checked out from {where} (it came from {origin}, or its check-out was cancelled there). Nothing was changed; the copy is kept as it is.</source>
        <translation>Эта копия взята не из {where} (она получена из {origin}, или её взятие там отменено). Ничего не изменено; копия сохранена как есть.</translation>
    </message>
    <message>
        <source>The minutes of meeting {ref} were approved and locked on {where} after the copy was made, so the copy&apos;s changes to them cannot come in. Reopen the minutes there (the button Reopen minutes… in the meeting), then check in again; nothing was changed.</source>
        <translation>Протокол заседания {ref} был утверждён и заблокирован в {where} после создания копии, поэтому изменения протокола из копии не могут быть приняты. Откройте там протокол для изменения (кнопка «Открыть протокол для изменения…» в заседании), затем повторите возврат; ничего не изменено.</translation>
    </message>
    <message>
        <source>Comparing the copy with the database…</source>
        <extracomment>What approved minutes lock (action items stay editable after approval, as in the editor).</extracomment>
        <translation>Копия сравнивается с базой данных…</translation>
    </message>
    <message numerus="yes">
        <source>%n records were changed both in the copy and on the database; choose which version to keep. Nothing was changed.</source>
        <translation>
            <numerusform>%n запись изменена и в копии, и в базе данных; выберите, какую версию сохранить. Ничего не изменено.</numerusform>
            <numerusform>%n записи изменены и в копии, и в базе данных; выберите, какую версию сохранить. Ничего не изменено.</numerusform>
            <numerusform>%n записей изменены и в копии, и в базе данных; выберите, какую версию сохранить. Ничего не изменено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>Возврат…</translation>
    </message>
    <message>
        <source>Before check-in of {file}</source>
        <translation>Перед возвратом {file}</translation>
    </message>
    <message>
        <source>Checked in from {file}</source>
        <translation>Возвращено из {file}</translation>
    </message>
    <message>
        <source>Meeting {ref} checked in from {file} ({who})</source>
        <translation>Заседание {ref} возвращено из {file} ({who})</translation>
    </message>
    <message>
        <source>Give the name of the State under review.</source>
        <extracomment>Until an administrator says otherwise, the Commission is Turkmenistan&apos;s.</extracomment>
        <translation>Укажите название государства — объекта обзора.</translation>
    </message>
    <message>
        <source>The name of the State under review is too long.</source>
        <translation>Название государства — объекта обзора слишком длинное.</translation>
    </message>
    <message>
        <source>Only recommendations, measures and indicators name SDG targets.</source>
        <extracomment>The kinds of record that can name targets, with what a message calls them.</extracomment>
        <translation>Задачи ЦУР указываются только для рекомендаций, мер и индикаторов.</translation>
    </message>
    <message>
        <source>There is no SDG target {codes}.</source>
        <translation>Задачи ЦУР {codes} не существует.</translation>
    </message>
    <message>
        <source>SDG targets: {codes}</source>
        <translation>Задачи ЦУР: {codes}</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>Already open</source>
        <translation>Уже открыто</translation>
    </message>
    <message>
        <source>%1 is already open in another Secretariat window.

Switch to that window to go on working there. Two windows on one database each show their own view, and what one changes the other shows only after Refresh (F5).</source>
        <translation>База данных %1 уже открыта в другом окне Secretariat.

Перейдите в то окно, чтобы продолжить работу там. Каждое из двух окон с одной базой данных показывает своё представление, и изменения, внесённые в одном, видны в другом только после обновления (F5).</translation>
    </message>
    <message>
        <source>&amp;Switch to the open window</source>
        <translation>&amp;Перейти в открытое окно</translation>
    </message>
    <message>
        <source>Open a &amp;second window</source>
        <translation>Открыть &amp;второе окно</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Started: {title}</source>
        <translation>Запущено: {title}</translation>
    </message>
    <message>
        <source>Opened: {title}</source>
        <translation>Открыто: {title}</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Открыть другой файл…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation>База данных «Секретариата» (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>No graphical display was found (DISPLAY is not set). Start Secretariat from a desktop session, or use its commands: secretariat --help</source>
        <translation>Графический дисплей не найден (переменная DISPLAY не задана). Запустите «Секретариат» из сеанса рабочего стола или используйте его команды: secretariat --help</translation>
    </message>
    <message>
        <source>Qt needs system libraries that are not installed: {missing}.
On Debian or Ubuntu install them with:
  sudo apt-get install {packages}</source>
        <translation>Для Qt нужны системные библиотеки, которые не установлены: {missing}.
В Debian или Ubuntu установите их командой:
  sudo apt-get install {packages}</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Мероприятия планов</translation>
    </message>
    <message>
        <source>UN recommendations</source>
        <translation>Рекомендации ООН</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Отчёты о ходе выполнения</translation>
    </message>
    <message>
        <source>Reports to UN bodies</source>
        <translation>Доклады органам ООН</translation>
    </message>
    <message>
        <source>Reports to UN bodies overdue</source>
        <translation>Просроченные доклады органам ООН</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>По статусу</translation>
    </message>
    <message>
        <source>By position</source>
        <translation>По позиции</translation>
    </message>
    <message>
        <source>By mechanism</source>
        <translation>По механизму</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Deadline not understood</source>
        <translation>Срок не распознан</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Cannot do that</source>
        <translation>Действие невозможно</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
</TS>
