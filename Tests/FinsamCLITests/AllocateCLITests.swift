import Foundation
import Testing

/// `finsam allocate` as a user runs it: the hand-worked table of AllocationModelTests.
@Suite("finsam allocate")
struct AllocateCLITests {
    let csv = "Fixtures/allocation/national-2017.csv"
    let json = "Fixtures/allocation/national-2017.json"

    @Test("CSV (Windows-1252) and JSON give the same allocations; CSV output in Swedish is semicolon-separated")
    func formats() throws {
        let fromCSV = try finsam([
            "allocate", "--total", "10 000 000", "--year", "2017", csv, "--format", "csv", "--lang", "sv",
        ])
        #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
        for line in ["Förbund A;", ";1648857;", ";1080000;", ";2300000;", ";3000000;", ";1971143;"] {
            #expect(fromCSV.stdout.contains(line), "\(line)")
        }
        let fromJSON = try finsam(["allocate", "--total", "10000000", "--year", "2017", json, "--format", "json"])
        #expect(fromJSON.status == 0)
        #expect(
            fromJSON.stdout.contains("\"allocation\": 1648857") && fromJSON.stdout.contains("\"allocation\": 10000000"))
        let html = try finsam([
            "allocate", "--total", "10000000", "--year", "2017", json, "--format", "html", "--lang", "sv",
        ])
        #expect(html.stdout.contains("<svg") && html.stdout.contains("per invånare 16–64 år"))
    }

    @Test("--plans: the members' parts by each plan's key, and whether the budget has the allocation")
    func plans() throws {
        let run = try finsam([
            "allocate", "--total", "10000000", "--year", "2017", csv, "--plans", "Fixtures/allocation/plans",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        // a: 1 648 857 → region 824 429, municipalities 824 428 by population 100 : 300 = 206 107 + 618 321.
        #expect(
            run.stdout.contains("Norra kommun") && run.stdout.contains("206,107 kr")
                && run.stdout.contains("618,321 kr"))
        // a's budget has 1 648 857 (equal); d's 1 900 000 against 1 971 143: −71 143.
        #expect(run.stdout.contains("equals the allocation"))
        #expect(run.stdout.contains("-71,143 kr") && run.stdout.contains("differs from the allocation"))
    }

    @Test("--plans: Sunnerbo's equity over the cap in 2022, as equity_cap finds it, cuts its 2023 allocation")
    func equityFromPlan() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = dir.appendingPathComponent("t.csv")
        try Data(
            "id;namn;befolkning 16-64;försörjningsmått\nsunnerbo-2022;Sunnerbo;25 000;900\nannat;Annat;25 000;900\n"
                .utf8
        ).write(to: table)
        let run = try finsam([
            "allocate", "--total", "5000000", "--year", "2023", table.path, "--plans", "Fixtures/plans",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        // 944 998 − 836 799,60 = 108 198,40 over; half, rounded down to whole kronor: 54 099.
        #expect(
            run.stdout.contains(
                "above the reasonable level 836,799.60 kr (20% of member contributions 4,183,998 kr) by 108,198.40 kr; reduction 54,099 kr"
            ))
        // Model: 2 × 400 000 + 4 200 000 shared equally = 2 500 000 each; Sunnerbo's ceiling 2 445 901,
        // the 54 099 goes to the other: 2 554 099.
        #expect(run.stdout.contains("2,445,901 kr") && run.stdout.contains("2,554,099 kr"))
        #expect(run.stderr.contains("sodra-vatterbygden-2024.json: note: "))
    }

    @Test("--output writes atomically; bad input is exit 2 with its place; usage errors exit 64")
    func errors() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("a.html").path
        let written = try finsam([
            "allocate", "--total", "10000000", "--year", "2017", json, "--format", "html", "--output", out,
        ])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(FileManager.default.fileExists(atPath: out))
        let bad = dir.appendingPathComponent("bad.csv")
        try Data("id;namn;befolkning 16-64;försörjningsmått\nx;X;tusen;1\n".utf8).write(to: bad)
        let run = try finsam([
            "allocate", "--total", "1000000", "--year", "2024", bad.path, "--output",
            dir.appendingPathComponent("no.txt").path,
        ])
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.csv:2:3: error[input]: "))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("no.txt").path))
        #expect(try finsam(["allocate", "--total", "1000000,50", "--year", "2024", json]).status == 64)
        #expect(try finsam(["allocate", "--total", "1000000", "--year", "2015", json]).status == 64)
        #expect(try finsam(["allocate", "--year", "2024", json]).status == 64)
        #expect(try finsam(["allocate", "--total", "1", "--year", "2024", json, "--output", json]).status == 64)
        let help = try finsam(["allocate", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--plans DIR"))
    }
}
