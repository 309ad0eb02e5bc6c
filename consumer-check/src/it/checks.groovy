// Shared checks of the consumer projects; each verify.groovy evaluates this file and calls what it returns.
// Fails loudly (an assertion naming the project) when fewer tests ran than the project declares, or when the
// dependency rules did not run.
return [
  // Sums the tests of every Surefire report in target/<reportsName>; none may fail, error or be skipped.
  tests: { File basedir, String reportsName, int expected ->
    File dir = new File(basedir, "target/" + reportsName)
    assert dir.isDirectory() : basedir.name + ": no Surefire reports in " + dir
    int tests = 0
    dir.eachFileMatch(~/TEST-.*\.xml/) { File report ->
      def head = (report.text =~ /<testsuite [^>]*>/)[0]
      def count = { String attribute -> ((head =~ /\s${attribute}="(\d+)"/)[0][1]) as int }
      assert count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : report
      tests += count('tests')
    }
    assert tests == expected : basedir.name + "/" + reportsName + ": expected " + expected + " tests to run, ran " + tests
    println basedir.name + "/" + reportsName + ": " + tests + " tests ran"
  },
  // The enforcer's dependency rules really ran (and passed) in this project's build.
  rulesApplied: { File basedir ->
    String log = new File(basedir, "build.log").text
    ["DependencyConvergence", "RequireUpperBoundDeps"].each { rule ->
      assert log =~ /Rule \d+: org\.apache\.maven\.enforcer\.rules\.dependency\.${rule} passed/ : basedir.name + ": " + rule + " did not run"
    }
  },
]
