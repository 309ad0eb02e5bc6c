def check = evaluate(new File(checks))
check.tests(basedir, "surefire-jackson", 2)
check.tests(basedir, "surefire-okhttp", 2)

// The script passed: every assertion above held.
true
