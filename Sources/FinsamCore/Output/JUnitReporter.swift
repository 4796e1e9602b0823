/// JUnit XML, as CI servers show test results: a test suite per plan file and a test case per
/// rule, failed when the rule found something at or above the failing severity (`--fail-on`).
/// Findings below it, and waived ones, are listed in the case's `system-out`.
public struct JUnitReporter: Reporter {
    public let name = "junit"
    /// The rules a checked file gets one test case each for.
    /// The rules described: given (tests), else every documented rule, looked up only when a
    /// report is made, so that listing the reporters costs nothing at start-up.
    private let givenRules: [any RuleDescription]?
    var rules: [any RuleDescription] { givenRules ?? RuleRegistry.documented }

    public init() { self.givenRules = nil }

    init(rules: [any RuleDescription]) { self.givenRules = rules }

    public func report(_ results: [FileResult], options: ReportOptions) -> String {
        var suites: [(body: String, tests: Int, failures: Int, errors: Int)] = []
        for result in results {
            suites.append(suite(result, options))
        }
        let tests = suites.reduce(0) { $0 + $1.tests }
        let failures = suites.reduce(0) { $0 + $1.failures }
        let errors = suites.reduce(0) { $0 + $1.errors }
        var out =
            XMLText.declaration + "<testsuites "
            + [
                XMLText.attribute("name", "finsam"), XMLText.attribute("tests", String(tests)),
                XMLText.attribute("failures", String(failures)), XMLText.attribute("errors", String(errors)),
            ].joined(separator: " ") + ">\n"
        for suite in suites { out += suite.body }
        return out + "</testsuites>\n"
    }

    private func suite(
        _ result: FileResult, _ options: ReportOptions
    ) -> (body: String, tests: Int, failures: Int, errors: Int) {
        let entries = result.entries(options.language)
        var cases = ""
        var tests = 0
        var failures = 0
        var errors = 0
        if case .failure = result.outcome {
            (tests, errors) = (1, 1)
            cases = inputCase(result.file, entries)
        } else {
            for rule in rules {
                let (text, failed) = ruleCase(
                    result.file, rule.id, entries.filter { $0.ruleID == rule.id }, options.failOn)
                tests += 1
                if failed { failures += 1 }
                cases += text
            }
        }
        let head =
            "  <testsuite "
            + [
                XMLText.attribute("name", result.file), XMLText.attribute("tests", String(tests)),
                XMLText.attribute("failures", String(failures)), XMLText.attribute("errors", String(errors)),
            ].joined(separator: " ") + ">\n"
        return (head + cases + "  </testsuite>\n", tests, failures, errors)
    }

    /// The one test case of a file that could not be checked: an error, not a failure.
    private func inputCase(_ file: String, _ entries: [ReportEntry]) -> String {
        let text = entries.map(Self.line).joined()
        return "    <testcase " + XMLText.attribute("classname", file) + " "
            + XMLText.attribute("name", ReportEntry.inputRuleID) + ">\n"
            + "      <error " + XMLText.attribute("message", entries.first?.message ?? "") + " type=\"input\">"
            + XMLText.escaped(text, inAttribute: false) + "</error>\n"
            + "    </testcase>\n"
    }

    /// A rule's test case: failed by findings at or above `failOn`; the rest in `system-out`.
    private func ruleCase(_ file: String, _ id: String, _ own: [ReportEntry], _ failOn: Severity) -> (String, Bool) {
        var text = "    <testcase " + XMLText.attribute("classname", file) + " " + XMLText.attribute("name", id)
        guard !own.isEmpty else { return (text + "/>\n", false) }
        let failing = own.filter { $0.fails(at: failOn) }
        let other = own.filter { !$0.fails(at: failOn) }
        text += ">\n"
        if !failing.isEmpty {
            let worst = failing.map(\.severity).max() ?? .error
            let summary = String(failing.count) + (failing.count == 1 ? " finding" : " findings")
            text +=
                "      <failure " + XMLText.attribute("message", summary) + " "
                + XMLText.attribute("type", worst.rawValue) + ">"
                + XMLText.escaped(failing.map(Self.line).joined(), inAttribute: false) + "</failure>\n"
        }
        if !other.isEmpty {
            text +=
                "      <system-out>" + XMLText.escaped(other.map(Self.line).joined(), inAttribute: false)
                + "</system-out>\n"
        }
        return (text + "    </testcase>\n", !failing.isEmpty)
    }

    /// `25:21: error: message [/pointer]`, with the waiver when there is one.
    private static func line(_ entry: ReportEntry) -> String {
        let pointer = entry.location.pointer.description.isEmpty ? "/" : entry.location.pointer.description
        var text =
            String(entry.location.line) + ":" + String(entry.location.column) + ": " + entry.severity.rawValue
            + ": " + entry.message + " [" + pointer + "]"
        if let note = entry.waiverNote { text += " (" + note + ")" }
        return text + "\n"
    }
}
