import Foundation
import Testing

@testable import FinsamCore

/// `finsam export`: the CSV round trip, CRC-32 and the ZIP/XLSX package.
struct ExportTests {
    static let seeds = ["sodra-vatterbygden-2024", "sundsvall-2022", "sunnerbo-2022"]

    static func importPlan(_ text: String, mapping: String) throws -> CheckedPlan {
        let map = try ImportMapping.decode(try fixtureBytes("Fixtures/csv/" + mapping))
        let result = BudgetImporter(mapping: map).run(CSVTable(text: text))
        #expect(result.complete, "\(result.issues)")
        return try check(Array(try #require(result.plan).rendered().utf8), file: "imported.json")
    }

    /// What a budget table says, year by year: members' contributions, lines, equity.
    static func figures(_ loaded: CheckedPlan) -> [String] {
        loaded.ledger.years.flatMap { year -> [String] in
            let y = String(year.number) + " " + year.year.status.rawValue
            var out = year.year.contributions.map {
                y + " contribution " + $0.memberID + " " + String($0.amount.money.ore)
            }
            out += year.year.otherIncome.map { y + " income " + $0.name + " " + String($0.amount.money.ore) }
            out += year.year.costs.map {
                y + " cost " + $0.name + " " + $0.category.rawValue + " " + String($0.amount.money.ore)
            }
            out += [
                y + " equity " + String(year.openingEquity?.ore ?? -1) + " " + String(year.closingEquity?.ore ?? -1)
                    + " result " + String(year.result.ore)
            ]
            return out
        }
    }

    @Test(arguments: seeds)
    func csvRoundTrip(seed: String) throws {
        // Seed CSV → plan → CSV → plan → CSV: the two plans hold the same figures, the two
        // exported tables are the same bytes, and validate finds the same.
        let seedText = SheetText.decode(try fixtureBytes("Fixtures/csv/" + seed + ".csv")).text
        let first = try Self.importPlan(seedText, mapping: seed + ".mapping.json")
        let exported = BudgetSheet(first.ledger).csv()
        let second = try Self.importPlan(SheetText.decode(Array(exported.utf8)).text, mapping: seed + ".mapping.json")
        #expect(Self.figures(first) == Self.figures(second))
        #expect(BudgetSheet(second.ledger).csv() == exported)
        let findings = { (plan: CheckedPlan) in ImportSeedTests.keys(plan.findings) }
        #expect(findings(first) == findings(second))
    }

    @Test func csvForm() throws {
        // Sundsvall in tkr: 1 844,5 with a decimal comma; the 2022 result 7 378 − 8 034 = −656.
        let csv = BudgetSheet(try loadFixture("sundsvall-2022.json").ledger).csv()
        #expect(
            csv.hasPrefix(
                "\u{FEFF}Samordningsförbundet i Sundsvall;;;\r\nBelopp i tkr;Budget 2022;Plan 2023;Plan 2024\r\n"))
        #expect(csv.contains("\r\nRegion Västernorrland;1 844,5;1 844,5;1 844,5\r\n"))
        #expect(csv.contains("\r\nResultat;-656;0;0\r\n"))
        // The 2022 groups each close with a Delsumma: Styrelsen 100 + 5 = 105.
        #expect(csv.contains("\r\nDelsumma styrelsen;105;;\r\n"))
        #expect(BudgetSheet.quoted("a;b") == "\"a;b\"" && BudgetSheet.quoted("say \"x\"") == "\"say \"\"x\"\"\"")
    }

    @Test("A group itemised in the budget year and one line in the plan years: one Delsumma, its lines together")
    func groupsStayTogether() throws {
        let csv = BudgetSheet(try loadFixture("sjobygden-plan-2025.json").ledger).csv()
        let labels = csv.split(whereSeparator: \.isNewline).map { String($0.split(separator: ";").first ?? "") }
        // Sjöbygden's plan: 2025 itemises Individinriktade insatser (2 900 + 2 150 + 1 300 =
        // 6 350); 2026 and 2027 give the group as one line (6 000, 6 300).
        #expect(labels.filter { $0 == "Delsumma individinriktade insatser" }.count == 1)
        #expect(csv.contains("Delsumma individinriktade insatser;6 350;6 000;6 300"))
        let group = ["Steg för steg", "Aktivitetsteamet", "Unga vuxna i arbete", "Individinriktade insatser"]
        let first = try #require(labels.firstIndex(of: group[0]))
        #expect(Array(labels[first..<(first + 5)]) == group + ["Delsumma individinriktade insatser"])
    }

    @Test("Lines of one name are added per year, and the sum of many lines is linear work")
    func linesByName() {
        // 2 × 50 000 lines of 1 000 names: each name's year sums 50 × 1 kr = 50 kr.
        let year = (0..<50_000).map { ("Rad \($0 % 1_000)", nil as String?, Money(ore: 100)) }
        let lines = BudgetSheet.lines([year, year])
        #expect(lines.count == 1_000)
        #expect(lines.allSatisfy { $0.1 == [Money(ore: 5_000), Money(ore: 5_000)] })
        #expect(lines.first?.0.0 == "Rad 0" && lines.last?.0.0 == "Rad 999")
    }

    @Test func crc32KnownValues() {
        // The check value of CRC-32/ISO-HDLC, and two well-known strings.
        #expect(CRC32.checksum([]) == 0)
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
        #expect(CRC32.checksum([0x00]) == 0xD202_EF8D)
    }

    @Test func zipLayout() throws {
        var zip = ZipWriter()
        zip.add("a.txt", text: "123456789")
        let bytes = try #require(zip.bytes())
        // Local header 30 + name 5 + data 9 = 44; central record 46 + 5 = 51; end record 22.
        #expect(bytes.count == 44 + 51 + 22)
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes[14..<18]) == [0x26, 0x39, 0xF4, 0xCB])  // CRC-32 little-endian
        #expect(Array(bytes[44..<48]) == [0x50, 0x4B, 0x01, 0x02])
        #expect(Array(bytes[95..<99]) == [0x50, 0x4B, 0x05, 0x06])
    }

    @Test func zipReadByPython() throws {
        let workbook = try #require(Workbook(try loadFixture("sunnerbo-2022.json").ledger).bytes())
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-zip-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("w.xlsx")
        try Data(workbook).write(to: file)
        let script = """
            import sys, zipfile, zlib, xml.dom.minidom
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            for info in z.infolist():
                data = z.read(info)
                assert info.compress_type == zipfile.ZIP_STORED and zlib.crc32(data) == info.CRC
                xml.dom.minidom.parseString(data)
            print(" ".join(z.namelist()))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(
            output
                == "[Content_Types].xml _rels/.rels xl/workbook.xml xl/_rels/workbook.xml.rels xl/styles.xml xl/worksheets/sheet1.xml xl/worksheets/sheet2.xml xl/worksheets/sheet3.xml\n"
        )
    }

    @Test func workbookCells() throws {
        let ledger = try loadFixture("sunnerbo-2022.json").ledger
        let sheets = Workbook(ledger).sheets
        #expect(sheets.map(\.name) == ["Budget", "Medlemsbidrag", "Eget kapital"])
        let budget = sheets[0].xml
        // Under the heading Medlemsbidrag (row 4), the members are rows 5–9 and Summa
        // medlemsbidrag (row 10) their sum; Summa intäkter (row 12) sums them and Balanserat
        // resultat (row 11), not the members' sum again.
        #expect(budget.contains("<c r=\"B10\" s=\"5\"><f>SUM(B5:B9)</f></c>"))
        #expect(budget.contains("<c r=\"B12\" s=\"5\"><f>SUM(B5:B9,B11)</f></c>"))
        #expect(budget.contains("<v>348666</v>"))
        // The cap 20 % is 0.2 with a percent format; the cap amount is a formula.
        let equity = sheets[2].xml
        #expect(equity.contains("<c r=\"D2\" s=\"8\"><v>0.2</v></c>") && equity.contains("<f>C2*D2</f>"))
        // Same plan, same bytes.
        #expect(Workbook(ledger).bytes() == Workbook(ledger).bytes())
        #expect(Workbook.ranges([3, 4, 5, 7, 9, 10], letter: "C", first: 3) == "C6:C8,C10,C12:C13")
    }
}
