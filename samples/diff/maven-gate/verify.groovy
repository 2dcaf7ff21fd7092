// Run by McDewey's integration tests after this project's build, which must fail (invoker.properties): it must
// fail because of the breaking changes of release 4.1, having written its reports.
['md', 'json', 'html'].each { assert new File(basedir, "target/api-diff/api-diff.${it}").isFile() }
assert new File(basedir, 'build.log').text.contains(
    '12 changes at or above error (failOn ERROR) from northwind v4.0 to northwind v4.1')
