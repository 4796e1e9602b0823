import Foundation
import Testing

@Suite("validate --receipt")
struct ReceiptTests {
    let plans = ["sodra-vatterbygden-2024.json", "sunnerbo-2022.json"].map {
        repositoryRoot.appendingPathComponent("Fixtures/plans/" + $0).path
    }

    @Test("The receipt names each input by its SHA-256 (as hashlib computes it), and is the only file written")
    func receipt() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try finsam(
            ["validate", "--receipt", "receipt.json"] + plans, in: dir, environment: ["FINSAM_TODAY": "2026-11-23"])
        #expect(run.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["receipt.json"])
        let receiptPath = dir.appendingPathComponent("receipt.json").path
        let check = try runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", "-c",
                """
                import hashlib, json, sys
                d = json.load(open(sys.argv[1]))
                for i in d['inputs']:
                    assert i['sha256'] == hashlib.sha256(open(i['path'], 'rb').read()).hexdigest(), i
                    assert i['status'] == 'checked'
                assert d['tool'] == {'name': 'finsam', 'version': d['tool']['version']} and d['tool']['version']
                assert d['checkedOn'] == '2026-11-23' and d['failOn'] == 'error' and d['exitCode'] == 1
                assert 'equity_cap' in [r['id'] for r in d['ruleSet']]
                print(len(d['inputs']), d['summary']['errors'], d['summary']['warnings'], len(d['findings']), d['waiversUsed'])
                """, receiptPath,
            ])
        // Sodra Vätterbygden: 4 warnings; Sunnerbo: 1 error and 8 warnings (SeedPlanTests); each
        // one budget_adoption note (no adoption recorded) = 15 findings.
        #expect(check.stdout == "2 1 12 15 []\n", "\(check.stderr)")
    }

    @Test("The same inputs on the same day give the same receipt bytes")
    func deterministic() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["a.json", "b.json"] {
            _ = try finsam(
                ["validate", "--receipt", name] + plans, in: dir, environment: ["FINSAM_TODAY": "2026-11-23"])
        }
        let a = try Data(contentsOf: dir.appendingPathComponent("a.json"))
        let b = try Data(contentsOf: dir.appendingPathComponent("b.json"))
        #expect(!a.isEmpty && a == b)
    }

    @Test("A receipt that cannot be written is exit 2 with a message, and leaves nothing behind")
    func unwritable() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try finsam(["validate", "--receipt", "missing/receipt.json", plans[0]], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot write the receipt missing/receipt.json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        let plain = try finsam(["validate", plans[0]], in: dir)
        #expect(plain.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("An existing receipt is replaced whole")
    func replaces() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("r.json")
        try Data(String(repeating: "x", count: 100_000).utf8).write(to: url)
        _ = try finsam(["validate", "--receipt", "r.json", plans[0]], in: dir)
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(text.hasPrefix("{") && text.hasSuffix("}\n") && !text.contains("xxx"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r.json"])
    }
}
