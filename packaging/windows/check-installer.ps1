# The Windows installer, installed and removed for real on the CI runner (issue 17 item 4):
# a silent per-user install from a folder that also holds an organisation's
# guvoh-provisioning.txt (as an organisation hands them out), the files where they belong,
# the provisioning file copied beside guvoh.exe, the installed guvoh-cli.exe answers --help,
# then a silent uninstall removes the program.
#
#   pwsh packaging/windows/check-installer.ps1 dist\guvoh-VERSION-windows-x64-setup.exe
#
# UNTESTED HERE: Guvoh's own machine is Linux; this runs only on GitHub's windows-latest
# runner (.github/workflows/package.yml).
param([Parameter(Mandatory = $true)][string]$Setup)
$ErrorActionPreference = "Stop"

$work = Join-Path ([System.IO.Path]::GetTempPath()) ("guvoh-installer-" + [guid]::NewGuid())
$handout = Join-Path $work "handout"
$inst = Join-Path $work "Guvoh"
New-Item -ItemType Directory -Force -Path $handout | Out-Null
Copy-Item $Setup $handout
Set-Content -Path (Join-Path $handout "guvoh-provisioning.txt") -Value "stand-in provisioning file"
$installer = Join-Path $handout (Split-Path $Setup -Leaf)

# /D= must come last and unquoted (NSIS).
$p = Start-Process -FilePath $installer -ArgumentList "/S", "/CurrentUser", "/D=$inst" -Wait -PassThru
if ($p.ExitCode -ne 0) { throw "the installer exited $($p.ExitCode)" }
foreach ($name in "guvoh.exe", "guvoh-cli.exe", "uninstall.exe", "guvoh-provisioning.txt", "_internal") {
    if (-not (Test-Path (Join-Path $inst $name))) { throw "not installed: $name" }
}
Write-Output "ok   installed for the current user into $inst, provisioning file beside guvoh.exe"

$env:QT_QPA_PLATFORM = "offscreen"
& (Join-Path $inst "guvoh-cli.exe") --help | Out-Null
if ($LASTEXITCODE -ne 0) { throw "the installed guvoh-cli.exe --help exited $LASTEXITCODE" }
Write-Output "ok   the installed guvoh-cli.exe --help"

# _?= runs the uninstaller in place and waits for it (it cannot then delete itself).
$u = Start-Process -FilePath (Join-Path $inst "uninstall.exe") `
    -ArgumentList "/S", "/CurrentUser", "_?=$inst" -Wait -PassThru
if ($u.ExitCode -ne 0) { throw "the uninstaller exited $($u.ExitCode)" }
foreach ($name in "guvoh.exe", "guvoh-cli.exe", "guvoh-provisioning.txt", "_internal") {
    if (Test-Path (Join-Path $inst $name)) { throw "left behind by the uninstaller: $name" }
}
Write-Output "ok   uninstalled"
Remove-Item -Recurse -Force $work
