; Inno Setup script for the Windows installer: Start-menu entry, optional desktop icon, the
; dubao:// link handler, and a clean uninstall.  packaging/build.py --installer runs it as
;   ISCC /DAppVersion=<version> /DDistDir=<dist> /DIconFile=<ico> packaging\windows\dubao.iss
; and it writes <dist>\dubao-<version>-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\dubao.ico"
#endif

[Setup]
AppId={{D15E22B5-777A-49BC-BAB4-3CA92776E271}
AppName=Dubao 读报
AppVersion={#AppVersion}
AppPublisher=Dubao contributors
DefaultDirName={autopf}\Dubao
DefaultGroupName=Dubao
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#DistDir}
OutputBaseFilename=dubao-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\dubao.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\dubao\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Dubao 读报"; Filename: "{app}\dubao.exe"
Name: "{autodesktop}\Dubao 读报"; Filename: "{app}\dubao.exe"; Tasks: desktopicon

[Registry]
; dubao://article/<id>#annotation=<uuid> links (from exported notes) open in Dubao.
Root: HKA; Subkey: "Software\Classes\dubao"; ValueType: string; ValueData: "URL:Dubao link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\dubao"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\dubao\DefaultIcon"; ValueType: string; ValueData: """{app}\dubao.exe"",0"
Root: HKA; Subkey: "Software\Classes\dubao\shell\open\command"; ValueType: string; ValueData: """{app}\dubao.exe"" ""%1"""

[Run]
Filename: "{app}\dubao.exe"; Description: "{cm:LaunchProgram,Dubao}"; Flags: nowait postinstall skipifsilent
