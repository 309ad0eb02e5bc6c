def check = evaluate(new File(checks))
check.rulesApplied(basedir)
String log = new File(basedir, "build.log").text
// The program prints one line per check; each must be there, or the testkit broke outside JUnit.
["JUnit absent from the class path",
 "FakeStiggServer: ok",
 "FakeLaunchDarklyServer: ok",
 "FakePrequelServer: ok",
 "FakeStigg without JUnit: NoClassDefFoundError org/junit/jupiter/api/extension/BeforeEachCallback",
 "fakes without JUnit: 3 fakes ran"].each { line ->
  assert log.contains(line) : basedir.name + ": the main program did not print '" + line + "'"
}
println basedir.name + ": 3 JUnit-free fakes ran in a main program without JUnit"

// The script passed: every assertion above held.
true
