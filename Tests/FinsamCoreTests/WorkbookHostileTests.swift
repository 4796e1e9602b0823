import Foundation
import Testing

@testable import FinsamCore

/// Hostile and broken workbooks: each is an error with the message for its cause, never a trap,
/// a hang or a figure read wrong.
struct WorkbookHostileTests {
    static let budget = WorkbookImportTests.budget

    /// A valid workbook whose sheet entry is replaced.
    static func withSheet(_ change: (inout TestZip.Entry) -> Void) -> TestZip {
        var zip = TestZip.workbook([("Budget", budget)])
        change(&zip.entries[3])
        return zip
    }

    @Test func theValidBaseReads() throws {
        #expect(try worksheet(TestZip.workbook([("Budget", Self.budget)]).bytes()).rows.count == 3)
    }

    @Test func notAZip() {
        #expect(workbookError(Array("Budget;2024\n".utf8))?.message.id == "xlsx.not_zip")
        #expect(workbookError([])?.message.id == "xlsx.not_zip")
    }

    @Test func zip64IsRefused() {
        // An entry whose sizes say "see the ZIP64 extra field".
        let sizes = Self.withSheet { $0.size = 0xFFFF_FFFF }
        #expect(workbookError(sizes.bytes())?.message.id == "xlsx.zip64")
        // A ZIP64 extra field (header id 1) on an entry.
        let extra = Self.withSheet { $0.extra = [0x01, 0x00, 0x08, 0x00, 0, 0, 0, 0, 0, 0, 0, 0] }
        #expect(workbookError(extra.bytes())?.message.id == "xlsx.zip64")
        // A ZIP64 end-of-central-directory locator before the end record.
        var bytes = TestZip.workbook([("Budget", Self.budget)]).bytes()
        let end = bytes.count - 22
        var locator: [UInt8] = []
        locator.le32(0x0706_4B50)
        locator.le32(0)
        locator.le32(0)
        locator.le32(0)
        locator.le32(1)
        bytes.insert(contentsOf: locator, at: end)
        #expect(workbookError(bytes)?.message.id == "xlsx.zip64")
    }

    @Test func encryptedIsRefused() {
        let zip = Self.withSheet { $0.flags = 1 }
        let error = workbookError(zip.bytes())
        #expect(error?.message.id == "xlsx.zip_encrypted")
        #expect(error?.part == "xl/worksheets/sheet1.xml")
    }

    @Test func truncatedAndPastTheEnd() {
        let bytes = TestZip.workbook([("Budget", Self.budget)]).bytes()
        // Cut anywhere: the end record is gone, or what it points at is.
        for cut in stride(from: 1, to: bytes.count, by: 53) {
            #expect(workbookError(Array(bytes[..<cut])) != nil, "cut at \(cut)")
        }
        // The central directory intact but the sheet's data said to be longer than the file.
        var long = Self.withSheet { _ in }
        long.entries[3].data += []
        var patched = long.bytes()
        // Local header offset of the last entry set past the end of the file.
        let end = patched.count - 22
        let centralStart = patched.u32(end + 16)
        var at = centralStart
        for _ in 0..<3 { at += 46 + patched.u16(at + 28) + patched.u16(at + 30) + patched.u16(at + 32) }
        patched.replaceSubrange((at + 42)..<(at + 46), with: [0xF0, 0xFF, 0xFF, 0x0F])
        #expect(workbookError(patched)?.message.id == "xlsx.zip_past_end")
        // The end record's directory offset moved past the end.
        var directory = TestZip.workbook([("Budget", Self.budget)]).bytes()
        directory.replaceSubrange((directory.count - 6)..<(directory.count - 2), with: [0xFF, 0xFF, 0xFF, 0x00])
        #expect(workbookError(directory)?.message.id == "xlsx.zip_directory_past_end")
    }

    @Test func checksumSizeAndMethod() {
        #expect(workbookError(Self.withSheet { $0.crc = 0x1234_5678 }.bytes())?.message.id == "xlsx.zip_crc")
        #expect(workbookError(Self.withSheet { $0.size = 5 }.bytes())?.message.id == "xlsx.zip_size")
        #expect(
            workbookError(Self.withSheet { $0.method = 12 }.bytes())?.message
                == Message("xlsx.zip_method", [.integer(12)]))
    }

    @Test func brokenHuffmanTableInAnEntry() {
        // Method 8 with a dynamic block whose code-length code is over-subscribed.
        var writer = BitWriter()
        writer.bits(1, 1)
        writer.bits(2, 2)
        writer.bits(0, 5)
        writer.bits(0, 5)
        writer.bits(15, 4)
        for _ in 0..<19 { writer.bits(1, 3) }
        let zip = Self.withSheet {
            $0.method = 8
            $0.data = writer.bytes
            $0.size = 100
        }
        let error = workbookError(zip.bytes())
        #expect(error?.message.id == "xlsx.deflate_bad_code")
        #expect(error?.part == "xl/worksheets/sheet1.xml")
    }

    @Test func zipBombIsRefused() throws {
        // zlib's 16 MiB of zeros as the sheet, its true size and CRC declared: the ratio stops it.
        let bomb = try fixtureBytes("Fixtures/deflate/bomb-zeros.bin")
        let zeros = [UInt8](repeating: 0, count: 16 << 20)
        let zip = Self.withSheet {
            $0.method = 8
            $0.data = bomb
        }
        #expect(
            workbookError(zip.bytes(inflated: ["xl/worksheets/sheet1.xml": zeros]))?.message
                == Message("xlsx.bomb", [.integer(200)]))
        // Declared larger than the limit: refused before inflating anything.
        let huge = Self.withSheet {
            $0.method = 8
            $0.data = bomb
            $0.size = 0xFFFF_FFF0
            $0.crc = 0
        }
        #expect(workbookError(huge.bytes())?.message.id == "xlsx.too_large")
    }

    @Test func manyEntriesTogetherAreLimited() throws {
        // Ten sheets of 1 MiB each (stored) under a 4 MiB total: the total stops the reading.
        var zip = TestZip.workbook((1...10).map { ("S\($0)", String(repeating: "<!-- padding -->", count: 65_536)) })
        zip.entries.append(TestZip.Entry(name: "unused", data: []))
        var reader = try WorkbookReader(zip.bytes(), limits: Inflater.Limits(maxOutput: 4 << 20))
        var caught: WorkbookError?
        do throws(WorkbookError) {
            _ = try reader.table(sheet: nil)
        } catch { caught = error }
        #expect(caught?.message.id == "xlsx.too_large")
    }

    static func xmlError(_ sheetXML: String) -> WorkbookError? {
        workbookError(TestZip.workbook([("Budget", sheetXML)]).bytes(), sheet: "Budget")
    }

    @Test func deepXMLIsRefused() {
        let deep =
            "<?xml version=\"1.0\"?>" + String(repeating: "<a>", count: 100_000)
            + String(repeating: "</a>", count: 100_000)
        let error = Self.xmlError(deep)
        #expect(error?.message == Message("xlsx.xml_deep", [.integer(64)]))
        // The 65th <a> starts after the 21-byte declaration and 64 × 3 bytes: offset 213, column 214.
        #expect(error?.part == "xl/worksheets/sheet1.xml:1:214")
    }

    @Test func xmlSyntaxAndEntities() {
        #expect(
            Self.xmlError("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>")?.message.id
                == "xlsx.xml_doctype")
        #expect(
            Self.xmlError("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&bogus;</t></is></c></row>")?.message
                == Message("xlsx.xml_entity", [.code("&bogus;")]))
        #expect(Self.xmlError("<row r=\"1\"></c></row>")?.message.id == "xlsx.xml_mismatch")
        #expect(
            Self.xmlError("<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\">")?.message
                == Message("xlsx.xml_unclosed", [.code("row")]))
        #expect(Self.xmlError("<row r=\"1\"><c r=\"A1\"")?.message.id == "xlsx.xml_syntax")
        #expect(
            Self.xmlError("<?xml version=\"1.0\"?><worksheet><!-- never closed")?.message
                == Message("xlsx.xml_unclosed", [.code("<!--")]))
        #expect(
            Self.xmlError("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>")?.message
                == Message("xlsx.bad_reference", [.code("1A")]))
        #expect(
            Self.xmlError("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")?.message
                == Message("xlsx.bad_shared_string", [.code("7")]))
        #expect(
            Self.xmlError("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&#0;</t></is></c></row>")?.message.id
                == "xlsx.xml_entity")
    }

    @Test func entitiesDecoded() throws {
        let sheet =
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lt;&gt;&amp;&apos;&quot;&#233;&#xC5;<![CDATA[<&>]]></t></is></c></row>"
        #expect(try worksheet(TestZip.workbook([("B", sheet)]).bytes(), sheet: "B").rows == [["<>&'\"éÅ<&>"]])
    }
}
