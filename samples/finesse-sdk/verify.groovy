// Run by McDewey's integration tests after this project's 'mvn clean verify': a second build, with nothing
// changed, must find the sources up to date, say so in one line, and touch no file McDewey generated or keeps.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.FileTime
import java.time.Instant

Path target = basedir.toPath().resolve('target')
List<Path> roots = [target.resolve('generated-sources/mcdewey'), target.resolve('mcdewey')]

List<Path> files = roots.collectMany { root -> Files.walk(root).withCloseable { it.filter(Files::isRegularFile).toList() } }
assert files.size() > 30 : "expected the generated sources and McDewey's fingerprint, found ${files}"

// Files put long back in time show any rewrite, whatever the file system's time resolution.
FileTime longAgo = FileTime.from(Instant.parse('2020-01-01T00:00:00Z'))
files.each { Files.setLastModifiedTime(it, longAgo) }
Closure<Map> snapshot = { files.collectEntries { [(it): [Files.getLastModifiedTime(it), Files.readAllBytes(it).encodeHex().toString()]] } }
Map before = snapshot()

File log = target.resolve('second-build.log').toFile()
String mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
// -llr: the first build took what it needed from another repository than central (see the plugin's
// src/it/settings.xml); offline, this one takes it from the local repository whatever repository it came from.
Process build = new ProcessBuilder(mvn, '-B', '-o', '-llr', "-Dmaven.repo.local=${localRepositoryPath}", 'verify')
    .directory(basedir).redirectErrorStream(true).redirectOutput(log).start()
assert build.waitFor() == 0 : "the second build failed; see ${log}"

List<String> said = log.readLines().findAll { it.contains('McDewey') }
assert said.size() == 1 && said[0].contains(' is up to date with ') : "McDewey should say one line, up to date: ${said}"
assert snapshot() == before : 'the second build touched generated files'
List<Path> after = roots.collectMany { root -> Files.walk(root).withCloseable { it.filter(Files::isRegularFile).toList() } }
assert after.toSet() == files.toSet() : 'the second build added or removed files'
