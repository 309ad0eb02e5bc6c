def check = evaluate(new File(checks))
check.rulesApplied(basedir)
check.tests(basedir, "surefire-reports", 3)

// Word for word: every dependency the README's OkHttp 5 section shows is in this project's POM.
def normalize = { String xml -> xml.replaceAll(/(?s)<!--.*?-->/, "").replaceAll(/\s+/, "") }
String text = new File(readme).text
int start = text.indexOf("### OkHttp 5")
assert start >= 0 : "README has no '### OkHttp 5' section"
String section = text.substring(start, text.indexOf("\n## ", start))
def blocks = (section =~ /(?s)```xml\n(.*?)```/).collect { it[1] }
assert !blocks.isEmpty() : "README's OkHttp 5 section shows no Maven snippet"
String pom = normalize(new File(basedir, "pom.xml").text)
int shown = 0
blocks.each { block ->
  (block =~ /(?s)<dependency>.*?<\/dependency>/).each { String dependency ->
    assert pom.contains(normalize(dependency)) : "README dependency not in okhttp5/pom.xml:\n" + dependency
    shown++
  }
}
assert shown >= 2 : "expected the README to show okhttp-bom and okhttp-jvm, found " + shown + " dependencies"
println "okhttp5: the README's " + shown + " dependencies are all in the project"

// The script passed: every assertion above held.
true
