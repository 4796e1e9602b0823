/// An XLSX workbook read with finsam's own ZIP, DEFLATE and XML readers: its sheets by name,
/// and one sheet as a ``WorksheetTable`` for ``BudgetImporter``.
///
/// The workbook part is found through the package relationships (`_rels/.rels`), the sheets
/// through `workbook.xml` and its relationships, so files from Excel, LibreOffice and finsam's
/// own `export xlsx` are read alike.
public struct WorkbookReader {
    public struct Sheet: Sendable {
        public let name: String
        /// The ZIP entry of its worksheet part.
        let part: String
    }

    private var archive: ZipArchive
    public let sheets: [Sheet]
    private let sharedStringsPart: String?
    private var strings: [String]?

    public init(_ bytes: [UInt8], limits: Inflater.Limits = Inflater.Limits()) throws(WorkbookError) {
        archive = try ZipArchive(bytes, limits: limits)
        let root = try Self.relationships(&archive, "_rels/.rels", base: "")
        let workbookPart = root.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let folder = Self.folder(of: workbookPart)
        let related = try Self.relationships(
            &archive, folder + "_rels/" + String(workbookPart.dropFirst(folder.count)) + ".rels", base: folder)
        sharedStringsPart = related.first { $0.type.hasSuffix("/sharedStrings") }?.target
        let targets = Dictionary(related.map { ($0.id, $0.target) }, uniquingKeysWith: { first, _ in first })
        sheets = try Self.sheetList(
            try Self.part(&archive, workbookPart, required: true), part: workbookPart, targets: targets)
        guard !sheets.isEmpty else { throw WorkbookError(part: workbookPart, Message("xlsx.no_sheets")) }
    }

    /// The sheet named `name`, or the first with a year header when nil.
    public mutating func table(sheet name: String?) throws(WorkbookError) -> WorksheetTable {
        if let name {
            guard let sheet = sheets.first(where: { $0.name == name }) else {
                throw WorkbookError(Message("xlsx.no_such_sheet", [.code(name), .list(sheets.map(\.name))]))
            }
            return try table(sheet)
        }
        for sheet in sheets {
            let table = try table(sheet)
            if table.rows.contains(where: { YearHeader.columns(in: $0) != nil }) { return table }
        }
        throw WorkbookError(Message("xlsx.no_budget_sheet", [.list(sheets.map(\.name))]))
    }

    public mutating func table(_ sheet: Sheet) throws(WorkbookError) -> WorksheetTable {
        var reader = SheetReader(strings: try sharedStrings())
        let bytes = try Self.part(&archive, sheet.part, required: true)
        do { try reader.read(bytes) } catch { throw error.inPart(sheet.part, bytes: bytes) }
        return try WorksheetTable(sheet: sheet.name, reader: reader)
    }

    private mutating func sharedStrings() throws(WorkbookError) -> [String] {
        if let strings { return strings }
        let part = sharedStringsPart ?? "xl/sharedStrings.xml"
        let bytes = try Self.part(&archive, part, required: false)
        do { strings = try SharedStrings.read(bytes) } catch { throw error.inPart(part, bytes: bytes) }
        return strings ?? []
    }

    /// A part's bytes; a missing part is empty unless `required`.
    static func part(_ archive: inout ZipArchive, _ name: String, required: Bool) throws(WorkbookError) -> [UInt8] {
        guard let entry = archive.entry(name) else {
            if required { throw WorkbookError(Message("xlsx.missing_part", [.code(name)])) }
            return []
        }
        return try archive.read(entry)
    }

    struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    /// A relationships part, its targets resolved against `base` (the folder of its source).
    static func relationships(
        _ archive: inout ZipArchive, _ name: String, base: String
    ) throws(WorkbookError) -> [Relationship] {
        let bytes = try part(&archive, name, required: false)
        var reader = XMLPullReader(bytes)
        var found: [Relationship] = []
        do {
            while let event = try reader.next() {
                guard case .start("Relationship", let attributes) = event, attributes["TargetMode"] != "External",
                    let id = attributes["Id"], let target = attributes["Target"]
                else { continue }
                found.append(Relationship(id: id, type: attributes["Type"] ?? "", target: resolve(target, base: base)))
            }
        } catch { throw error.inPart(name, bytes: bytes) }
        return found
    }

    /// The `<sheet name r:id>` elements of the workbook part, in order.
    static func sheetList(_ bytes: [UInt8], part: String, targets: [String: String]) throws(WorkbookError) -> [Sheet] {
        var reader = XMLPullReader(bytes)
        var sheets: [Sheet] = []
        do {
            while let event = try reader.next() {
                guard case .start("sheet", let attributes) = event, let name = attributes["name"] else { continue }
                guard let id = attributes["id"], let target = targets[id] else {
                    throw WorkbookError(part: part, Message("xlsx.missing_part", [.code(name)]))
                }
                sheets.append(Sheet(name: name, part: target))
            }
        } catch let error as XMLError {
            throw error.inPart(part, bytes: bytes)
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError(part: part, Message("xlsx.xml_syntax"))
        }
        return sheets
    }

    /// `worksheets/sheet1.xml` against `xl/` → `xl/worksheets/sheet1.xml`; `/xl/…` is from the
    /// package root; `..` goes up a folder.
    static func resolve(_ target: String, base: String) -> String {
        var parts = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for part in target.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }

    /// `xl/workbook.xml` → `xl/`.
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }
}
