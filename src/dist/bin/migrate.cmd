@echo off
rem Launcher for claude-migrate on Windows: runs lib\claude-migrate.jar with flags for a short-lived
rem command-line JVM. JAVA_HOME picks the Java (17 or later), else java on PATH; JAVA_OPTS adds
rem JVM options. No class-data archive here (see docs/install.md).
setlocal
set "MIGRATE_JAR=%~dp0..\lib\claude-migrate.jar"
set "MIGRATE_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "MIGRATE_JAVA=%JAVA_HOME%\bin\java.exe"
"%MIGRATE_JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn48m -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr %JAVA_OPTS% -jar "%MIGRATE_JAR%" %*
exit /b %ERRORLEVEL%
