import Foundation

@testable import FinsamCore

/// Builds ZIP archives for tests, including the hostile ones no program would write: each
/// entry's method, flags, sizes and CRC can be set wrong on purpose.
struct TestZip {
    struct Entry {
        var name: String
        var data: [UInt8]
        var method = 0
        var flags = 0
        var crc: UInt32?
        var size: Int?
        var extra: [UInt8] = []
    }

    var entries: [Entry] = []

    mutating func add(_ name: String, _ text: String) { entries.append(Entry(name: name, data: Array(text.utf8))) }

    /// The archive; `inflated` gives each entry's uncompressed bytes for its CRC and size when the
    /// data is a deflate stream.
    func bytes(inflated: [String: [UInt8]] = [:]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let plain = inflated[entry.name] ?? entry.data
            let crc = entry.crc ?? CRC32.checksum(plain)
            let size = UInt32(entry.size ?? plain.count)
            let offset = UInt32(out.count)
            let name = Array(entry.name.utf8)
            out.le32(0x0403_4B50)
            out.le16(20)
            out.le16(UInt16(entry.flags))
            out.le16(UInt16(entry.method))
            out.le16(0)
            out.le16(0x21)
            out.le32(crc)
            out.le32(UInt32(entry.data.count))
            out.le32(size)
            out.le16(UInt16(name.count))
            out.le16(0)
            out += name + entry.data
            central.le32(0x0201_4B50)
            central.le16(20)
            central.le16(20)
            central.le16(UInt16(entry.flags))
            central.le16(UInt16(entry.method))
            central.le16(0)
            central.le16(0x21)
            central.le32(crc)
            central.le32(UInt32(entry.data.count))
            central.le32(size)
            central.le16(UInt16(name.count))
            central.le16(UInt16(entry.extra.count))
            central.le16(0)
            central.le16(0)
            central.le16(0)
            central.le32(0)
            central.le32(offset)
            central += name + entry.extra
        }
        let start = UInt32(out.count)
        out += central
        out.le32(0x0605_4B50)
        out.le16(0)
        out.le16(0)
        out.le16(UInt16(entries.count))
        out.le16(UInt16(entries.count))
        out.le32(UInt32(central.count))
        out.le32(start)
        out.le16(0)
        return out
    }

    /// A minimal workbook: the given sheets (name, worksheet XML body inside `<sheetData>` or the
    /// whole part when it starts with `<?xml`), and shared strings if any.
    static func workbook(_ sheets: [(String, String)], sharedStrings: [String]? = nil) -> TestZip {
        var zip = TestZip()
        let ns =
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        zip.add(
            "_rels/.rels",
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
        )
        var book = "<?xml version=\"1.0\"?><workbook \(ns)><sheets>"
        var rels =
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (index, sheet) in sheets.enumerated() {
            book +=
                "<sheet name=\"\(XMLText.escaped(sheet.0, inAttribute: true))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            rels +=
                "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        if sharedStrings != nil {
            rels +=
                "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        }
        zip.add("xl/workbook.xml", book + "</sheets></workbook>")
        zip.add("xl/_rels/workbook.xml.rels", rels + "</Relationships>")
        for (index, sheet) in sheets.enumerated() {
            let xml =
                sheet.1.hasPrefix("<?xml")
                ? sheet.1 : "<?xml version=\"1.0\"?><worksheet \(ns)><sheetData>" + sheet.1 + "</sheetData></worksheet>"
            zip.add("xl/worksheets/sheet\(index + 1).xml", xml)
        }
        if let sharedStrings {
            zip.add(
                "xl/sharedStrings.xml",
                "<?xml version=\"1.0\"?><sst \(ns)>" + sharedStrings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
            )
        }
        return zip
    }
}

/// The error a workbook's bytes give, as message id and part, or nil when the sheet reads.
func workbookError(_ bytes: [UInt8], sheet: String? = nil) -> WorkbookError? {
    do throws(WorkbookError) {
        var reader = try WorkbookReader(bytes)
        _ = try reader.table(sheet: sheet)
        return nil
    } catch {
        return error
    }
}

/// The chosen sheet of a workbook.
func worksheet(_ bytes: [UInt8], sheet: String? = nil) throws -> WorksheetTable {
    var reader = try WorkbookReader(bytes)
    return try reader.table(sheet: sheet)
}
