; Guvoh's Windows installer (issue 17 item 4), NSIS 3 with Modern UI 2 and MultiUser.
;
; UNTESTED HERE: Guvoh's own machine is Linux; this script is compiled only on GitHub's
; windows-latest runner (.github/workflows/package.yml), after PyInstaller has built the
; onedir dist\guvoh (guvoh.exe, the desktop app; guvoh-cli.exe, the command line; _internal\):
;
;   makensis -DVERSION=0.1.0 packaging\windows\guvoh.nsi
;       -> dist\guvoh-0.1.0-windows-x64-setup.exe
;
; makensis runs in this script's folder, so the default paths below are relative to it.
; Installs for all users into $PROGRAMFILES64\Guvoh (asks for elevation), or for the current
; user alone into its local application folder (no elevation): the installer asks, and
; /AllUsers or /CurrentUser choose on the command line (with /S for a silent install).
;
; Provisioning (issue 17 item 5; docs/provisioning.md): when an organisation hands out the
; installer together with its signed guvoh-provisioning.txt in the same folder, the file is
; copied into the installation folder, next to guvoh.exe, where the app looks for it at first
; run (app/services/provisioning.py: the folder of sys.executable). The app still verifies
; the organisation's signature and shows the safety code; the installer only carries the file.
;
; The uninstaller removes the program and its shortcut, never the person's vaults or
; settings (those live in the user's own folders, not here).

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "give the version: makensis -DVERSION=X.Y.Z guvoh.nsi"
!endif
!ifndef SRCDIR
  !define SRCDIR "..\..\dist\guvoh"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\guvoh-${VERSION}-windows-x64-setup.exe"
!endif

!define PRODUCT "Guvoh"
!define PROVISIONING "guvoh-provisioning.txt"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} ${VERSION} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "AGPL-3.0-or-later"

; Per-machine or per-user (MultiUser.nsh ships with NSIS).
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${PRODUCT}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTKEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTKEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "CurrentUser"

!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"
!include "MultiUser.nsh"
!include "MUI2.nsh"

!define MUI_ABORTWARNING
; No "run now" on the finish page: after a per-machine install that would start the app
; elevated, and its vault must belong to the person, not to the administrator.

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${PRODUCT} needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; MULTIUSER_INIT sets $INSTDIR to the default folder of the install mode, which would undo
  ; /D=FOLDER from the command line: keep the folder given there.
  StrCpy $0 $INSTDIR
  !insertmacro MULTIUSER_INIT
  ${If} $0 != ""
    StrCpy $INSTDIR $0
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Guvoh" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An older version's _internal must not leave stale libraries behind.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SRCDIR}\*"

  ; The organisation's provisioning file, when it lies next to the installer.
  ${If} ${FileExists} "$EXEDIR\${PROVISIONING}"
    CopyFiles /SILENT "$EXEDIR\${PROVISIONING}" "$INSTDIR\${PROVISIONING}"
    DetailPrint "Copied ${PROVISIONING} into $INSTDIR"
  ${EndIf}

  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\guvoh.exe" "" "$INSTDIR\guvoh.exe" 0

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "${PRODUCT}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\guvoh.exe"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  ; Tells the uninstaller which context (all users or current user) to remove.
  WriteRegStr SHCTX "${UNINSTKEY}" "$MultiUser.InstallMode" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  ; Only what the installer put there: never RMDir /r $INSTDIR (it may be a folder the
  ; person chose that holds other things).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\guvoh.exe"
  Delete "$INSTDIR\guvoh-cli.exe"
  Delete "$INSTDIR\${PROVISIONING}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTKEY}"
SectionEnd
