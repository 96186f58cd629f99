<#
.SYNOPSIS
    Build Pledge Manager for Windows: the one-folder bundle, a smoke test of it, and the
    per-user Inno Setup installer.

.DESCRIPTION
    Needs uv on PATH (it brings Python 3.11 and the locked dependencies, PyInstaller among
    them) and Inno Setup 6 (ISCC.exe on PATH, in its default folder, or given by -Iscc).
    Run from anywhere:

        powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1

    Output:
        dist\PledgeManager\                      the one-folder bundle
        dist\installer\PledgeManager-<version>-setup.exe

    The Simplified Chinese messages of the installer's own pages are among Inno Setup's
    unofficial translations; the script downloads them (or takes -ChineseMessages) and falls
    back to an English-only installer when neither works.

.PARAMETER Iscc
    Path of ISCC.exe, when it is not on PATH or in Inno Setup 6's default folder.

.PARAMETER ChineseMessages
    Path of ChineseSimplified.isl (Inno Setup's unofficial Simplified Chinese messages).

.PARAMETER SkipInstaller
    Build and test the bundle only.

.PARAMETER SkipSmokeTest
    Do not run the bundle before packing it.
#>
[CmdletBinding()]
param(
    [string]$Iscc = "",
    [string]$ChineseMessages = "",
    [switch]$SkipInstaller,
    [switch]$SkipSmokeTest
)

Set-StrictMode -Version Latest
$ErrorActionPreference = "Stop"
$ProgressPreference = "SilentlyContinue"

$Root = Split-Path -Parent $PSScriptRoot
$Dist = Join-Path $Root "dist"
$Work = Join-Path $Root "build\pyinstaller"
$Bundle = Join-Path $Dist "PledgeManager"
$InstallerDir = Join-Path $Dist "installer"
$ChineseMessagesUrl = "https://raw.githubusercontent.com/jrsoftware/issrc/main/Files/Languages/Unofficial/ChineseSimplified.isl"

function Invoke-Native {
    # Run a program; a non-zero exit code stops the script (PowerShell would carry on).
    param([Parameter(Mandatory)][string]$FilePath, [string[]]$Arguments = @())
    Write-Host "> $FilePath $($Arguments -join ' ')"
    & $FilePath @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$FilePath exited with code $LASTEXITCODE"
    }
}

function Find-Iscc {
    if ($Iscc) {
        if (-not (Test-Path $Iscc)) { throw "ISCC.exe not found at $Iscc" }
        return $Iscc
    }
    $onPath = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    foreach ($base in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, "$env:LOCALAPPDATA\Programs")) {
        if (-not $base) { continue }
        $candidate = Join-Path $base "Inno Setup 6\ISCC.exe"
        if (Test-Path $candidate) { return $candidate }
    }
    throw "Inno Setup 6 not found: install it (https://jrsoftware.org/isdl.php, or 'choco install innosetup') or pass -Iscc"
}

function Get-ChineseMessages {
    if ($ChineseMessages) {
        if (-not (Test-Path $ChineseMessages)) { throw "$ChineseMessages not found" }
        return (Resolve-Path $ChineseMessages).Path
    }
    $target = Join-Path $Work "ChineseSimplified.isl"
    if (Test-Path $target) { return $target }
    try {
        New-Item -ItemType Directory -Force -Path $Work | Out-Null
        Invoke-WebRequest -Uri $ChineseMessagesUrl -OutFile $target -UseBasicParsing -TimeoutSec 60
        return $target
    } catch {
        Write-Warning "Could not fetch the Simplified Chinese installer messages ($_); the installer will be English only."
        return ""
    }
}

Push-Location $Root
try {
    $env:PYTHONUTF8 = "1"
    $env:UV_PYTHON = "3.11"

    # 1. The locked environment, with PyInstaller from the dev dependency group.
    Invoke-Native "uv" @("sync", "--frozen")
    $version = (& uv run --frozen python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
    if ($LASTEXITCODE -ne 0 -or -not $version) { throw "cannot read the version from pyproject.toml" }
    $numeric = [regex]::Match($version, '^\d+(\.\d+){0,3}').Value
    Write-Host "Pledge Manager $version"

    # 2. The one-folder bundle (packaging/build.py runs PyInstaller on the spec, prints the size).
    if (Test-Path $Bundle) { Remove-Item -Recurse -Force $Bundle }
    Invoke-Native "uv" @("run", "--frozen", "python", "packaging/build.py", "--dist", $Dist, "--work", $Work)
    $cli = Join-Path $Bundle "pledge-app.exe"
    $gui = Join-Path $Bundle "pledge-app-gui.exe"
    foreach ($exe in @($cli, $gui)) {
        if (-not (Test-Path $exe)) { throw "the build made no $exe" }
    }

    # 3. Smoke test: the bundle on its own, with no venv or checkout on its paths.
    if (-not $SkipSmokeTest) {
        $scratch = Join-Path ([System.IO.Path]::GetTempPath()) ("pledge-smoke-" + [guid]::NewGuid())
        New-Item -ItemType Directory -Path $scratch | Out-Null
        $saved = @{ PATH = $env:PATH; PLEDGE_APP_DATA_DIR = $env:PLEDGE_APP_DATA_DIR; VIRTUAL_ENV = $env:VIRTUAL_ENV; PYTHONPATH = $env:PYTHONPATH }
        Push-Location $scratch
        try {
            $env:PATH = "$env:SystemRoot\System32;$env:SystemRoot"
            $env:PLEDGE_APP_DATA_DIR = Join-Path $scratch "data"
            Remove-Item Env:VIRTUAL_ENV -ErrorAction SilentlyContinue
            Remove-Item Env:PYTHONPATH -ErrorAction SilentlyContinue
            $db = Join-Path $scratch "office.sqlite3"
            $pdfs = Join-Path $scratch "pdfs"
            Invoke-Native $cli @("--help")
            Invoke-Native $cli @("--db", $db, "demo")
            Invoke-Native $cli @("--db", $db, "pdf", "--all", "--out", $pdfs)
            Invoke-Native $cli @("--db", $db, "check")
            $genuine = $false
            foreach ($pdf in Get-ChildItem -Path $pdfs -Filter "*.pdf" | Sort-Object Name) {
                & $cli --db $db verify $pdf.FullName
                if ($LASTEXITCODE -eq 0) { $genuine = $true; break }
            }
            if (-not $genuine) { throw "no PDF written by the bundle verified as a signed pledge" }

            # The window: paints offscreen, opens the database, quits (PLEDGE_APP_SMOKE_TEST).
            New-Item -ItemType Directory -Force -Path $env:PLEDGE_APP_DATA_DIR | Out-Null
            $ini = "[ui]`r`nlanguage=zh_CN`r`n`r`n[database]`r`nlast=$($db.Replace('\', '/'))`r`n"
            Set-Content -Path (Join-Path $env:PLEDGE_APP_DATA_DIR "settings.ini") -Value $ini -Encoding UTF8
            $env:QT_QPA_PLATFORM = "offscreen"
            $env:PLEDGE_APP_SMOKE_TEST = "1"
            $window = Start-Process -FilePath $gui -PassThru
            $null = $window.Handle  # keeps the exit code readable after the process ends
            if (-not $window.WaitForExit(120000)) {
                # A windowed bootloader shows its error in a dialog nobody will click.
                Stop-Process -Id $window.Id -Force
                throw "the window did not quit within 120 s (an error dialog?)"
            }
            Remove-Item -Path "Env:QT_QPA_PLATFORM", "Env:PLEDGE_APP_SMOKE_TEST"
            $log = Get-Content -Raw -Encoding UTF8 (Join-Path $env:PLEDGE_APP_DATA_DIR "logs\pledge-app.log")
            if ($window.ExitCode -ne 0 -or $log -notmatch "Smoke test: window") {
                throw "the window did not start (exit $($window.ExitCode)):`n$log"
            }
            Write-Host "Smoke test passed."
        } finally {
            Pop-Location
            foreach ($name in $saved.Keys) {
                if ($null -ne $saved[$name]) { Set-Item "Env:$name" $saved[$name] } else { Remove-Item "Env:$name" -ErrorAction SilentlyContinue }
            }
            Remove-Item -Recurse -Force $scratch -ErrorAction SilentlyContinue
        }
    }

    # 4. The per-user installer.
    if (-not $SkipInstaller) {
        $compiler = Find-Iscc
        $arguments = @(
            "/Qp",
            "/DAppVersion=$version",
            "/DAppVersionNumeric=$numeric",
            "/DSourceDir=$Bundle",
            "/DOutputDir=$InstallerDir"
        )
        $messages = Get-ChineseMessages
        if ($messages) { $arguments += "/DChineseMessages=$messages" }
        $arguments += (Join-Path $PSScriptRoot "pledge-manager.iss")
        Invoke-Native $compiler $arguments
        $setup = Get-ChildItem -Path $InstallerDir -Filter "PledgeManager-$version-setup.exe"
        if (-not $setup) { throw "Inno Setup made no installer in $InstallerDir" }
        $bundleMb = [math]::Round(((Get-ChildItem -Recurse -File $Bundle | Measure-Object -Sum Length).Sum) / 1048576)
        $setupMb = [math]::Round($setup.Length / 1048576, 1)
        Write-Host "Bundle: $bundleMb MB unpacked; installer: $($setup.FullName) ($setupMb MB)"
    }
} finally {
    Pop-Location
}
