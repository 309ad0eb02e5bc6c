def check = evaluate(new File(checks))
check.rulesApplied(basedir)
check.tests(basedir, "surefire-reports", 3)

// The script passed: every assertion above held.
true
