@echo off
rem P2C Auditor: starts p2c-audit.jar with Java 17 or later, found through JAVA_HOME, else the PATH.
rem Double-clicked (no arguments) it opens the desktop app through javaw, so no console window
rem stays open; with a command (audit, report, inspect, ... or --help) it runs the command line in
rem this console and returns its exit code. P2C_AUDIT_JAVA_OPTS is passed to Java first.
rem Straight-line code with goto on purpose: a JAVA_HOME under "Program Files (x86)" would end a
rem parenthesised block early.
setlocal
set "P2C_HOME=%~dp0.."
set "P2C_JAR=%P2C_HOME%\p2c-audit.jar"
set "P2C_HINT=install a Java 17 or later runtime (Eclipse Temurin 17 from adoptium.net) and set JAVA_HOME to it"
set "P2C_JAVA="

if not defined JAVA_HOME goto :javaFromPath
set "P2C_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%P2C_JAVA%" goto :checkVersion
echo p2c-audit: JAVA_HOME is %JAVA_HOME% but has no bin\java.exe; %P2C_HINT%. 1>&2
goto :fail

:javaFromPath
for %%J in (java.exe) do set "P2C_JAVA=%%~$PATH:J"
if defined P2C_JAVA goto :checkVersion
echo p2c-audit: no Java found in JAVA_HOME or on the PATH; %P2C_HINT%. 1>&2
goto :fail

:checkVersion
rem "java -fullversion" says e.g. openjdk full version "17.0.9+9" (or "1.8.0_381-b09" before Java 9).
set "P2C_JAVA_VERSION="
for /f tokens^=2^ delims^=^" %%V in ('call "%P2C_JAVA%" -fullversion 2^>^&1') do if not defined P2C_JAVA_VERSION set "P2C_JAVA_VERSION=%%V"
set "P2C_JAVA_MAJOR="
for /f "tokens=1,2 delims=.-+_" %%A in ("%P2C_JAVA_VERSION%") do if "%%A"=="1" (set "P2C_JAVA_MAJOR=%%B") else (set "P2C_JAVA_MAJOR=%%A")
if not defined P2C_JAVA_MAJOR goto :tooOld
if %P2C_JAVA_MAJOR% GEQ 17 goto :run
:tooOld
echo p2c-audit: %P2C_JAVA% is Java %P2C_JAVA_VERSION%; P2C Auditor needs Java 17 or later: %P2C_HINT%. 1>&2
goto :fail

:run
if not "%~1"=="" goto :commandLine
set "P2C_JAVAW=%P2C_JAVA:java.exe=javaw.exe%"
if not exist "%P2C_JAVAW%" set "P2C_JAVAW=%P2C_JAVA%"
start "P2C Auditor" "%P2C_JAVAW%" %P2C_AUDIT_JAVA_OPTS% -jar "%P2C_JAR%"
exit /b 0

:commandLine
"%P2C_JAVA%" %P2C_AUDIT_JAVA_OPTS% -jar "%P2C_JAR%" %*
exit /b %ERRORLEVEL%

:fail
rem Double-clicked, the window would close before the message could be read.
if "%~1"=="" pause
exit /b 1
