import Foundation
import Testing

@testable import FinsamCore

/// Runs `python3 -c script args…` and returns its stdout; Python's own parsers judge whether
/// finsam's SARIF, JSON and XML are well-formed.
func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-py-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("out")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: try Data(contentsOf: out), as: UTF8.self))
}

/// Writes `text` to a temporary file and returns its path.
func temporaryFile(_ text: String, suffix: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-" + UUID().uuidString + suffix)
    try Data(text.utf8).write(to: url)
    return url.path
}

@Suite("Reporters: well-formed output and escaping")
struct ReporterFormatTests {
    /// A message with every character the formats must escape; an id with no template
    /// renders as itself.
    static let nasty = "a & b < c > \"d\" 'e' 50% x:y, z\nnext\u{1}line"
    static let nastyFile = "plans/Å & <b>, c:d.json"

    static var results: [FileResult] {
        let location = Finding.Location(
            file: nastyFile, line: 3, column: 7, pointer: JSONPointer.root.appending("years").appending(0))
        var waived = Finding(
            ruleID: "equity_cap", severity: .warning, message: Message(nasty), location: location, year: 2024,
            figures: [])
        waived.waiver = Waiver(
            ruleID: "equity_cap", year: 2024, pointer: nil, reason: "saving <for> & \"x\"",
            decision: "§ 12, 2026-03-14",
            expires: PlanDate(year: 2026, month: 12, day: 31), index: 0, ref: SourceRef(offset: 0))
        let error = Finding(
            ruleID: "funding_split", severity: .error, message: Message(nasty), location: location, year: nil,
            figures: [])
        let invalid = InputError(
            location: Finding.Location(file: "broken.json", line: 1, column: 1, pointer: .root),
            message: Message("json.empty"))
        return [
            FileResult(file: nastyFile, outcome: .success([error, waived])),
            FileResult(file: "broken.json", outcome: .failure(invalid)),
        ]
    }

    static let fixtureResults: [FileResult] = ReporterGoldenTests.fixtures.compactMap { fixture in
        let path = "Fixtures/plans/" + fixture + ".json"
        return (try? fixtureBytes(path)).map { fileResult($0, file: path) }
    }

    @Test("SARIF is JSON; every result's ruleIndex names its rule; rules carry texts and levels")
    func sarif() throws {
        for results in [Self.results, Self.fixtureResults] {
            let path = try temporaryFile(
                SARIFReporter().report(results, options: ReportOptions(language: .sv)), suffix: ".sarif")
            let check = try python(
                """
                import json, sys
                d = json.load(open(sys.argv[1], encoding='utf-8'))
                assert d['version'] == '2.1.0'
                run = d['runs'][0]; drv = run['tool']['driver']
                assert drv['name'] == 'finsam' and drv['version'] and drv['informationUri']
                rules = drv['rules']
                for r in rules:
                    for k in ('id', 'name', 'shortDescription', 'fullDescription', 'help', 'defaultConfiguration'):
                        assert k in r, (r['id'], k)
                    assert r['defaultConfiguration']['level'] in ('error', 'warning', 'note')
                for res in run['results']:
                    assert rules[res['ruleIndex']]['id'] == res['ruleId']
                    loc = res['locations'][0]['physicalLocation']
                    assert loc['region']['startLine'] >= 1 and loc['region']['startColumn'] >= 1
                    assert res['properties']['jsonPointer'] == '' or res['properties']['jsonPointer'].startswith('/')
                print(len(run['results']), sum(1 for r in run['results'] if r.get('suppressions')))
                """, [path])
            try? FileManager.default.removeItem(atPath: path)
            #expect(check.status == 0, "\(check.output)")
            // Two findings (one waived) and the invalid file.
            if results.count == 2 { #expect(check.output == "3 1\n") }
        }
    }

    @Test("JSON output parses and keeps the message intact")
    func json() throws {
        let path = try temporaryFile(
            JSONReporter().report(Self.results, options: ReportOptions(language: .en)), suffix: ".json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = try python(
            "import json,sys; d=json.load(open(sys.argv[1])); print(d['files'][0]['findings'][0]['message'] == sys.argv[2], d['summary']['waived'])",
            [path, Self.nasty])
        #expect(check.output == "True 1\n")
    }

    @Test("JUnit and checkstyle are well-formed XML that give back the exact message and file name")
    func xml() throws {
        let junit = try temporaryFile(
            JUnitReporter().report(Self.results, options: ReportOptions(language: .en)), suffix: ".xml")
        let style = try temporaryFile(
            CheckstyleReporter().report(Self.results, options: ReportOptions(language: .en)), suffix: ".xml")
        defer { for p in [junit, style] { try? FileManager.default.removeItem(atPath: p) } }
        let check = try python(
            """
            import sys, xml.etree.ElementTree as ET
            j = ET.parse(sys.argv[1]).getroot()
            cases = j.findall('./testsuite/testcase')
            assert int(j.get('tests')) == len(cases), (j.get('tests'), len(cases))
            assert j.get('failures') == '1' and j.get('errors') == '1'
            assert j.find('./testsuite').get('name') == sys.argv[3]
            c = ET.parse(sys.argv[2]).getroot()
            errors = c.findall('./file/error')
            assert c.find('./file').get('name') == sys.argv[3]
            # U+0001 is not allowed in XML 1.0: it comes back as U+FFFD.
            want = sys.argv[4].replace('\\x01', '\\ufffd') + ' [/years/0]'
            assert errors[0].get('message') == want, (errors[0].get('message'), want)
            print([e.get('severity') for e in errors])
            """, [junit, style, Self.nastyFile, Self.nasty])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output == "['error', 'ignore', 'error']\n")
    }

    @Test("GitHub workflow commands escape %, CR and LF in messages, and : and , in properties too")
    func github() {
        #expect(GitHubReporter.escapeData("50% a:b,c\r\nd") == "50%25 a:b,c%0D%0Ad")
        #expect(GitHubReporter.escapeProperty("50% a:b,c\r\nd") == "50%25 a%3Ab%2Cc%0D%0Ad")
        let out = GitHubReporter().report(Self.results, options: ReportOptions(language: .en))
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        // Three commands, each on one line, then the summary line and the final newline.
        #expect(lines.count == 5)
        #expect(
            lines[0].hasPrefix(
                "::error file=plans/Å & <b>%2C c%3Ad.json,line=3,col=7,title=finsam funding_split::a & b"))
        #expect(lines[0].contains("50%25 x:y, z%0Anext"))
        #expect(lines[1].hasPrefix("::notice ") && lines[1].contains("title=finsam equity_cap (waived)::"))
        #expect(lines[2].hasPrefix("::error file=broken.json,line=1,col=1,title=finsam input::"))
    }

    @Test("SARIF URIs percent-encode everything but unreserved characters and /")
    func uri() {
        #expect(SARIFReporter.uri("plans/a b.json") == "plans/a%20b.json")
        #expect(SARIFReporter.uri("<stdin>") == "%3Cstdin%3E")
        // Å is U+00C5, UTF-8 C3 85.
        #expect(SARIFReporter.uri("Å.json") == "%C3%85.json")
    }

    @Test("Markdown cells cannot break the table")
    func markdown() {
        #expect(MarkdownReporter.cell("a|b\nc<d>") == "a\\|b c&lt;d&gt;")
        let out = MarkdownReporter().report(Self.results, options: ReportOptions(language: .en))
        for line in out.split(separator: "\n") where line.hasPrefix("|") {
            // Every table row has the same number of unescaped pipes as its header.
            let pipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(pipes == 7 || pipes == 5, "\(line)")
        }
    }
}
