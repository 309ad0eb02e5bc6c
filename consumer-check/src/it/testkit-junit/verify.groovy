def check = evaluate(new File(checks))
check.rulesApplied(basedir)
["5.10.5", "5.14.4", "6.1.3"].each { version -> check.tests(basedir, "surefire-junit-" + version, 3) }

// The script passed: every assertion above held.
true
