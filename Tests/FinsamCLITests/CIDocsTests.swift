import Foundation
import Testing

/// docs/ci.md and .pre-commit-hooks.yaml are configuration people copy: they must parse, and
/// the commands in them must be ones finsam accepts.
@Suite("CI documentation")
struct CIDocsTests {
    @Test("Every YAML block in docs/ci.md and .pre-commit-hooks.yaml parses; the hook runs finsam validate")
    func yaml() throws {
        let check = try runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", "-c",
                """
                import re, sys, yaml
                text = open('docs/ci.md', encoding='utf-8').read()
                blocks = re.findall(r'```yaml\\n(.*?)```', text, re.S)
                docs = [yaml.safe_load(b) for b in blocks]
                hooks = yaml.safe_load(open('.pre-commit-hooks.yaml', encoding='utf-8'))
                assert hooks[0]['id'] == 'finsam-validate' and hooks[0]['entry'] == 'finsam validate'
                steps = docs[0]['jobs']['plans']['steps']
                assert any(s.get('uses', '').startswith('github/codeql-action/upload-sarif') for s in steps)
                assert 'finsam.sarif' in docs[1]['finsam']['artifacts']['paths']
                diff = docs[2]['jobs']['budget-difference']
                assert docs[2]['permissions']['pull-requests'] == 'write'
                assert any('finsam diff --format markdown' in s.get('run', '') for s in diff['steps'])
                assert any(s.get('uses', '').startswith('actions/github-script') for s in diff['steps'])
                assert hooks[1]['id'] == 'finsam-fmt' and hooks[1]['entry'] == 'finsam fmt'
                print(len(docs))
                """,
            ])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "4\n")
    }

    @Test("The finsam command lines in docs/ci.md are accepted (no usage errors)")
    func commands() throws {
        let text = String(
            decoding: try Data(contentsOf: repositoryRoot.appendingPathComponent("docs/ci.md")), as: UTF8.self)
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plans = dir.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try Data(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/plans/sunnerbo-2022.json"))
            .write(to: plans.appendingPathComponent("sunnerbo.json"))
        var count = 0
        for line in text.split(separator: "\n") {
            guard let range = line.range(of: "finsam validate ") else { continue }
            // The words up to a redirection or `||`.
            let words = line[range.lowerBound...].split(separator: " ").prefix { !$0.hasPrefix(">") && $0 != "||" }.map(
                String.init)
            let run = try finsam(Array(words.dropFirst()), in: dir)
            #expect(run.status == 1, "\(words.joined(separator: " ")): \(run.stderr)")  // Sunnerbo has an error
            count += 1
        }
        #expect(count >= 6)
    }
}

@Suite("init and the JSON Schema")
struct InitSchemaTests {
    @Test("The plan finsam init writes passes the published JSON Schema (jsonschema, as scripts/check-schema.py uses)")
    func schema() throws {
        let plan = try finsam(["init", "--name", "X", "--members", "A,B", "--output", "-", "--years", "2027-2029"])
        #expect(plan.status == 0)
        let check = try runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", "-c",
                """
                import json, sys, jsonschema
                schema = json.load(open('docs/plan.schema.json', encoding='utf-8'))
                errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(sys.stdin)))
                print(len(errors), [e.message for e in errors])
                """,
            ], stdin: Data(plan.stdout.utf8))
        #expect(check.stdout == "0 []\n", "\(check.stderr)")
    }
}
