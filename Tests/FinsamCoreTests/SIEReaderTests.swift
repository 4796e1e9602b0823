import Foundation
import Testing

@testable import FinsamCore

/// The SIE 4 reader: code page 437, fields, object lists, every record finsam reads, vouchers
/// with #RTRANS/#BTRANS, and located errors. Figures are read off the fixture text by hand
/// (scripts/make-sie-fixtures.py writes Fixtures/sie/).
struct SIEReaderTests {
    func read(_ text: String) throws(SIEError) -> SIEBooks {
        try SIEReader.read(CodePage437.encode(text).bytes)
    }

    func error(_ text: String) -> SIEError? {
        do throws(SIEError) {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func codePage437SwedishLetters() {
        // å 0x86, ä 0x84, ö 0x94, Å 0x8F, Ä 0x8E, Ö 0x99, é 0x82, É 0x90, ü 0x81 (the IBM PC's table).
        #expect(CodePage437.decode([0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82, 0x90, 0x81]) == "åäöÅÄÖéÉü")
        #expect(CodePage437.encode("Förbund").bytes == [0x46, 0x94, 0x72, 0x62, 0x75, 0x6E, 0x64])
        let (bytes, missing) = CodePage437.encode("a–b€")
        #expect(bytes == [0x61, 0x3F, 0x62, 0x3F] && missing == 2)
        // Every byte decodes to one character and encodes back to itself.
        let all = (0...255).map { UInt8($0) }
        #expect(CodePage437.encode(CodePage437.decode(all)) == (all, 0))
    }

    @Test func everyRecordOfTheFixture() throws {
        let books = try SIEReader.read(try fixtureBytes("Fixtures/sie/books-2024.se"))
        #expect(books.flag == 0)
        #expect(books.program == ["Exempel Ekonomi", "4.2"])
        #expect(books.format == "PC8")
        #expect(books.generated == PlanDate.parse("2024-07-01"))
        #expect(books.type == 4 && books.itemLines["#SIETYP"] == 5 && books.itemLines["#FORMAT"] == 3)
        #expect(books.companyName == "Samordningsförbundet Exempel")
        #expect(books.organisationNumber?.value == "222000-1230" && books.organisationNumber?.line == 7)
        #expect(
            books.fiscalYear(0)?.start == PlanDate.parse("2024-01-01")
                && books.fiscalYear(0)?.end == PlanDate.parse("2024-12-31"))
        #expect(books.fiscalYear(-1)?.start == PlanDate.parse("2023-01-01"))
        #expect(books.accounts["2099"]?.name == "Årets resultat")
        #expect(books.accounts["1930"]?.type == "T" && books.accounts["4610"]?.type == "K")
        #expect(books.dimensions == ["6": "Projekt", "8": "Kund"])
        #expect(books.objects[SIEObjectRef(dimension: "6", object: "P12")] == "Enter - stöd till arbete")
        #expect(
            books.balances.filter { $0.kind == .opening }.map(\.amount)
                == [45_000_000, -35_000_000, -5_000_000, -5_000_000].map { Money(ore: $0) })
        #expect(books.balances.contains { $0.kind == .closing && $0.year == -1 && $0.amount == Money(ore: 45_000_000) })
        #expect(
            books.balances.contains {
                $0.kind == .result && $0.account == "3510" && $0.amount == Money(ore: -48_000_000)
            })
        let psaldo = books.periodAmounts.filter { $0.kind == .balance }
        #expect(psaldo.count == 2)
        #expect(
            psaldo[1].period == SIEPeriod(year: 2024, month: 3)
                && psaldo[1].objects == [SIEObjectRef(dimension: "6", object: "P12")])
        #expect(psaldo[1].amount == Money(ore: 4_500_050))
        #expect(books.vouchers.count == 11)
    }

    @Test func vouchersAndTheirRows() throws {
        let books = try SIEReader.read(try fixtureBytes("Fixtures/sie/books-2024.se"))
        let first = books.vouchers[0]
        #expect(first.name == "A 1" && first.date == PlanDate.parse("2024-01-15") && first.line == 55)
        // "-250000" without decimals is 250 000 kr exactly.
        #expect(first.rows.map(\.amount) == [50_000_000, -25_000_000, -25_000_000].map { Money(ore: $0) })
        #expect(books.vouchers[2].rows[1].objects == [SIEObjectRef(dimension: "8", object: "A")])
        #expect(books.vouchers[4].rows[0].text == "Coach \"Enter\"")
        // A 7: #TRANS 1200, #BTRANS 1500 (removed), #RTRANS 300 with its repeating #TRANS (one row), #TRANS -1500.
        let corrected = books.vouchers[6]
        #expect(corrected.rows.map(\.kind) == [.normal, .removed, .added, .normal])
        #expect(corrected.rows.filter(\.counts).map(\.amount) == [120_000, 30_000, -150_000].map { Money(ore: $0) })
        #expect(corrected.rows[2].date == PlanDate.parse("2024-05-07"))
        #expect(try books.unbalancedVouchers().isEmpty)
    }

    @Test func fieldsQuotesAndObjectLists() throws {
        let books = try read(
            "#FNAMN \"Förbundet \\\"Väst\\\"\"\n#OBJEKT 6 \"P 1\" \"Projekt { ett }\"\n#PBUDGET 0 202402 4010 {6 \"P 1\" 1 100} -12.5\n"
        )
        #expect(books.companyName == "Förbundet \"Väst\"")
        #expect(books.objects[SIEObjectRef(dimension: "6", object: "P 1")] == "Projekt { ett }")
        let budget = books.periodAmounts[0]
        #expect(
            budget.kind == .budget
                && budget.objects == [
                    SIEObjectRef(dimension: "6", object: "P 1"), SIEObjectRef(dimension: "1", object: "100"),
                ])
        #expect(budget.amount == Money(ore: -1_250))
    }

    @Test func unknownLabelsAreSkipped() throws {
        let books = try read(
            "#NYPOST 1 2 3\n#VER A 1 20240101\n{\n#NYRAD x\n#TRANS 4010 {} 10.10\n#TRANS 1930 {} -10.10\n}\n#KSUMMA 123\n"
        )
        #expect(books.vouchers.count == 1 && books.vouchers[0].rows.count == 2)
    }

    @Test func amountsAreExact() throws {
        // 0.10 + 0.20 is 30 öre exactly (never 0.30000000000000004).
        let books = try read(
            "#VER A 1 20240101\n{\n#TRANS 4010 {} 0.10\n#TRANS 4010 {} 0.20\n#TRANS 1930 {} -0.30\n}\n")
        #expect(books.vouchers[0].rows.map(\.amount) == [Money(ore: 10), Money(ore: 20), Money(ore: -30)])
        #expect(try books.unbalancedVouchers().isEmpty)
        // The largest amount Money holds, 92 233 720 368 547 758,07 kr, and one öre more.
        #expect(SIEFields.amount("92233720368547758.07") == Money(ore: Int64.max))
        #expect(SIEFields.amount("-92233720368547758.07") == Money(ore: -Int64.max))
        #expect(SIEFields.amount("92233720368547758.08") == nil)
        #expect(
            SIEFields.amount("7.5") == Money(ore: 750) && SIEFields.amount("-0.05") == Money(ore: -5)
                && SIEFields.amount("012") == Money(ore: 1_200))
        for bad in ["12,50", "1e3", "+5", "1.234", ".5", "abc", "--1", "-", "1.", "\"\"", "1.2.3", "-.5"] {
            let found = error("#IB 0 1930 \(bad)\n")
            #expect(found?.message.id == "sie.not_amount" && found?.line == 1 && found?.column == 12, "\(bad)")
        }
    }

    @Test func errorsAreLocated() {
        #expect(error("#FNAMN \"open\n") == SIEError(Message("sie.unterminated_quote"), line: 1, column: 8))
        #expect(error("#PSALDO 0 202401 4010 {6 \"P1\" 1000\n")?.message.id == "sie.unterminated_objects")
        #expect(error("#PBUDGET 0 202401 4010 {6} 1\n") == SIEError(Message("sie.odd_objects"), line: 1, column: 24))
        #expect(
            error("\n#TRANS 4010 {} 1\n")
                == SIEError(Message("sie.outside_voucher", [.code("#TRANS")]), line: 2, column: 1))
        #expect(error("#VER A 1 20240101\n#TRANS 4010 {} 1\n")?.message.id == "sie.voucher_no_open")
        #expect(
            error("#VER A 1 20240101\n{\n#TRANS 4010 {} 1\n")
                == SIEError(Message("sie.voucher_not_closed", [.code("A 1")]), line: 1, column: 1))
        #expect(
            error("#VER A 1 20241301\n{\n}\n")
                == SIEError(
                    Message("sie.not_date", [.code("#VER"), .message(Message("sie.field.date")), .code("20241301")]),
                    line: 1, column: 10))
        #expect(error("#RAR 0 20241231 20240101\n")?.message.id == "sie.year_backwards")
        #expect(error("VER A 1\n")?.message.id == "sie.not_a_label")
        #expect(error("#TRANS\n")?.message.id == "sie.outside_voucher")
        #expect(
            error("#IB 0\n")
                == SIEError(
                    Message("sie.missing_field", [.code("#IB"), .message(Message("sie.field.account"))]), line: 1,
                    column: 5))
    }

    @Test func addedRowMustBeRepeated() {
        // An #RTRANS followed by a different #TRANS (or none) cannot be read safely.
        let different = "#VER A 1 20240101\n{\n#RTRANS 6110 {} 300.00\n#TRANS 6110 {} 301.00\n#TRANS 1930 {} -300\n}\n"
        #expect(error(different) == SIEError(Message("sie.rtrans_without_trans"), line: 3, column: 1))
        let none = "#VER A 1 20240101\n{\n#RTRANS 6110 {} 300.00\n}\n"
        #expect(error(none)?.message.id == "sie.rtrans_without_trans")
    }
}
