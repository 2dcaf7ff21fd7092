// Run by McDewey's integration tests after this project's 'mvn clean verify' (whose tests use the member the
// project's template adds): the template replaced the built-in one, and no client was generated.
File server = new File(basedir, 'target/generated-sources/mcdewey/com/example/northwind/server')
assert new File(server, 'AgentHandler.java').text.contains('List<String> ACTIONS = java.util.List.of(')
assert !new File(basedir, 'target/generated-sources/mcdewey/com/example/northwind/NorthwindClient.java').exists()
