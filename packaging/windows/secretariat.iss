; Inno Setup script for Secretariat: a per-user install (no administrator rights), a
; Start-menu shortcut, an uninstaller, and an optional association of .sqlite databases.
; `py tasks.py package` runs it when Inno Setup's compiler (ISCC.exe) is found, passing
; /DAppVersion=... and /DSourceDir=dist\Secretariat; by hand:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=..\..\dist\Secretariat packaging\windows\secretariat.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Secretariat"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6C1F4A52-3E0B-4C57-9D8A-5B2E8F1D7A31}
AppName=Secretariat
AppVersion={#AppVersion}
AppVerName=Secretariat {#AppVersion}
AppPublisher=Secretariat
DefaultDirName={localappdata}\Programs\Secretariat
DefaultGroupName=Secretariat
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#OutputDir}
OutputBaseFilename=Secretariat-{#AppVersion}-windows-setup
SetupIconFile=..\icons\secretariat.ico
UninstallDisplayIcon={app}\Secretariat.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open .sqlite databases with Secretariat"; GroupDescription: "File association:"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Secretariat"; Filename: "{app}\Secretariat.exe"
Name: "{group}\{cm:UninstallProgram,Secretariat}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Secretariat"; Filename: "{app}\Secretariat.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "Secretariat.Database"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Secretariat.Database"; ValueType: string; ValueName: ""; ValueData: "Secretariat database"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Secretariat.Database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Secretariat.exe,0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Secretariat.Database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Secretariat.exe"" --db ""%1"""; Tasks: associate

[Run]
Filename: "{app}\Secretariat.exe"; Description: "{cm:LaunchProgram,Secretariat}"; Flags: nowait postinstall skipifsilent
