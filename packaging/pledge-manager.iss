; Inno Setup 6 script: a per-user installer of the one-folder bundle (no administrator rights).
;
; Built by packaging/build-windows.ps1, which passes the values below on the command line:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=..\dist\PledgeManager /DOutputDir=..\dist\installer
;            [/DChineseMessages=path\to\ChineseSimplified.isl] packaging\pledge-manager.iss
;
; What it does
;   - installs into %LOCALAPPDATA%\Programs\PledgeManager (PrivilegesRequired=lowest);
;   - Start-menu shortcuts (the window, the uninstaller) and an optional desktop shortcut;
;   - associates exchange files (*.pledges) with the window, for this user only (HKCU);
;   - the uninstaller removes only what was installed: the database, its backups, the logs
;     and the settings live in %LOCALAPPDATA%\PledgeManager\PledgeManager (see
;     pledge_app/paths.py) and are kept; it says so, and where they are.
;
; Why .pledges: Windows picks the handler by the last extension only, so ".pledge.json"
; could only be associated by taking over every .json file on the clerk's PC. The content
; stays the same JSON exchange format; only the name tells Windows which program opens it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\PledgeManager"
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef OutputDir
  #define OutputDir "..\dist\installer"
#endif

#define AppName "Pledge Manager"
#define AppFolder "PledgeManager"
#define AppExe "pledge-app-gui.exe"
#define CliExe "pledge-app.exe"
#define ExchangeExt ".pledges"
#define ExchangeProgId "PledgeManager.ExchangeFile"
; The data folder the application uses (pledge_app/paths.py: ORG_NAME\APP_NAME).
#define DataDir "{localappdata}\PledgeManager\PledgeManager"

[Setup]
; Never change AppId: upgrades and the uninstaller find the installation by it.
AppId={{FB7164EC-415A-4ADD-9E0B-118BE0EAB0C6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersionNumeric}
; Per user: no UAC prompt, nothing outside the user's profile.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppFolder}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
OutputDir={#OutputDir}
OutputBaseFilename=PledgeManager-{#AppVersion}-setup
SetupIconFile=pledge-manager.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; Close a running copy before replacing its files (an update over an open window).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; Simplified Chinese first: it is the default where the user's language is not offered.
; Inno Setup ships that translation only among its unofficial ones; build-windows.ps1 fetches
; it, and without it the installer speaks English.
#ifdef ChineseMessages
Name: "zh_CN"; MessagesFile: "{#ChineseMessages}"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.ExchangeFileType=Pledge Manager exchange file
en.AssociateTask=Open exchange files (*{#ExchangeExt}) with {#AppName}
en.CommandLine={#AppName} command line
en.DataKept=Your database, its backups, the logs and your settings were NOT removed. They are in:%n%n%1%n%nDelete that folder yourself only if you no longer need the pledges. A database you opened from another place stays where you put it.
#ifdef ChineseMessages
zh_CN.ExchangeFileType=责任书交换文件
zh_CN.AssociateTask=用 {#AppName} 打开交换文件（*{#ExchangeExt}）
zh_CN.CommandLine={#AppName} 命令行
zh_CN.DataKept=您的数据库、备份、日志和设置都没有删除，它们在：%n%n%1%n%n只有在不再需要这些责任书时，才请自行删除该文件夹。您从其他位置打开的数据库仍在原处。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "associate"; Description: "{cm:AssociateTask}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle. Replaced whole on update: no file of the user's lives here.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update must not leave libraries of the previous version beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autoprograms}\{#AppName}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" --help"; WorkingDir: "{userdocs}"; IconFilename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; Per-user association (HKCU\Software\Classes): no administrator rights needed.
Root: HKA; Subkey: "Software\Classes\{#ExchangeExt}"; ValueType: string; ValueName: ""; ValueData: "{#ExchangeProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ExchangeExt}\OpenWithProgids"; ValueType: string; ValueName: "{#ExchangeProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ExchangeProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ExchangeFileType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ExchangeProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ExchangeProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#ExchangeExt}"; ValueData: ""; Flags: uninsdeletekey; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes exactly the files it installed. The data
; folder is outside {app} and is never touched.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir, KeptNote: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{#DataDir}');
    Log('Kept the user''s data folder: ' + DataDir);
    if DirExists(DataDir) and not UninstallSilent() then
    begin
      KeptNote := CustomMessage('DataKept');
      StringChangeEx(KeptNote, '%n', #13#10, True);
      MsgBox(FmtMessage(KeptNote, [DataDir]), mbInformation, MB_OK);
    end;
  end;
end;
