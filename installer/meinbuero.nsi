; The Windows setup of meinbuero: a per-user install without admin rights.
;
;     python installer/dev.py installer    (after `dev.py bundle`; it passes the defines below)
;     makensis -DVERSION=0.1.0 -DSOURCE=..\dist\meinbuero meinbuero.nsi
;
; The program goes to %LOCALAPPDATA%\Programs\meinbuero (where per-user programs live). The
; user's company files, backups and settings are elsewhere (%LOCALAPPDATA%\meinbuero and the
; registry key HKCU\Software\meinbuero): neither the uninstaller nor an upgrade touches them.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "VERSION is missing: makensis -DVERSION=x.y.z (installer/dev.py installer does it)"
!endif
!ifndef FILEVERSION
  !define FILEVERSION "${VERSION}.0"
!endif
!ifndef SOURCE
  !define SOURCE "..\dist\meinbuero"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\meinbuero-${VERSION}-setup.exe"
!endif

!define APP "meinbuero"
!define EXE "meinbuero.exe"
!define UNINSTALLER "Deinstallieren.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define BACKUP_EXT ".meinbuero-backup"
!define BACKUP_PROGID "meinbuero.Backup"
!define SHCNE_ASSOCCHANGED 0x08000000

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
; An upgrade goes where the last install went.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails hide
BrandingText "${APP} ${VERSION}"

VIProductVersion "${FILEVERSION}"
VIFileVersion "${FILEVERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first is the default; Windows' display language chooses (German unless English).
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgram ${LANG_GERMAN} "meinbuero (Programm und Startmenü)"
LangString SecProgram ${LANG_ENGLISH} "meinbuero (program and Start menu)"
LangString SecProgramDesc ${LANG_GERMAN} "Das Programm, ein Eintrag im Startmenü und die Zuordnung der Sicherungsdateien (${BACKUP_EXT})."
LangString SecProgramDesc ${LANG_ENGLISH} "The program, a Start menu entry and the association of backup files (${BACKUP_EXT})."
LangString SecDesktop ${LANG_GERMAN} "Verknüpfung auf dem Desktop"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopDesc ${LANG_GERMAN} "Ein Symbol für meinbuero auf dem Desktop."
LangString SecDesktopDesc ${LANG_ENGLISH} "A meinbuero icon on the desktop."
LangString BackupType ${LANG_GERMAN} "meinbuero-Sicherung"
LangString BackupType ${LANG_ENGLISH} "meinbuero backup"
LangString StillRunning ${LANG_GERMAN} "meinbuero läuft noch. Bitte schließen Sie das Programm und klicken Sie dann auf Wiederholen."
LangString StillRunning ${LANG_ENGLISH} "meinbuero is still running. Please close it, then click Retry."
LangString DataKept ${LANG_GERMAN} "Ihre Firmendateien, Sicherungen und Einstellungen bleiben erhalten."
LangString DataKept ${LANG_ENGLISH} "Your company files, backups and settings are kept."

; The program's own files, and nothing else: the folder may be one the user chose, so it is
; never removed as a whole. PyInstaller puts everything but the programs into _internal.
!macro RemoveProgramFiles
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\meinbuero.exe"
  Delete "$INSTDIR\meinbuero-cli.exe"
!macroend

; A running program holds its .exe open: wait until the user has closed it.
!macro WaitUntilClosed
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    ${Do}
      ClearErrors
      FileOpen $0 "$INSTDIR\${EXE}" a
      ${IfNot} ${Errors}
        FileClose $0
        ${Break}
      ${EndIf}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY +2
      Abort
    ${Loop}
  ${EndIf}
!macroend

Section "!$(SecProgram)" SEC_PROGRAM
  SectionIn RO
  SetShellVarContext current
  !insertmacro WaitUntilClosed
  ; Upgrade: the old version's files go first, so none of them is left beside the new ones.
  !insertmacro RemoveProgramFiles
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; Backups open with the program (per user: HKCU\Software\Classes).
  WriteRegStr HKCU "Software\Classes\${BACKUP_EXT}" "" "${BACKUP_PROGID}"
  WriteRegStr HKCU "Software\Classes\${BACKUP_PROGID}" "" "$(BackupType)"
  WriteRegStr HKCU "Software\Classes\${BACKUP_PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${BACKUP_PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'

  ; Apps & features: name, version, size, uninstall.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktop)" SEC_DESKTOP
  SetShellVarContext current
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_PROGRAM} "$(SecProgramDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_DESKTOP} "$(SecDesktopDesc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ; An upgrade leaves the desktop shortcut as the user had it.
  ReadRegStr $0 HKCU "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIfNot} ${FileExists} "$DESKTOP\${APP}.lnk"
    SectionSetFlags ${SEC_DESKTOP} 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro WaitUntilClosed
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"  ; only when empty: whatever else is there stays

  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"

  ; The association, if it is still ours.
  ReadRegStr $0 HKCU "Software\Classes\${BACKUP_EXT}" ""
  ${If} $0 == "${BACKUP_PROGID}"
    DeleteRegKey HKCU "Software\Classes\${BACKUP_EXT}"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${BACKUP_PROGID}"
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; Not removed: %LOCALAPPDATA%\meinbuero (company files, backups) and HKCU\Software\meinbuero
  ; (the program's settings).
  DetailPrint "$(DataKept)"
SectionEnd
