/// Reads one worksheet part (ECMA-376 §18.3) into its non-empty cells: shared strings, inline
/// strings, numbers, booleans, errors, and the cached value of a formula. A formula cell
/// without a cached value is listed, never given a value. Merged ranges are read too.
///
/// Only cells with content are kept, so a sheet of a million empty `<row>`s costs one pass.
struct SheetReader {
    struct Cell {
        let row: Int
        let column: Int
        /// The value as text: numbers as plain decimals (``CellNumber``), booleans TRUE/FALSE.
        let text: String
        /// A formula with no cached value: `text` is empty and the cell must be reported.
        let uncomputed: Bool
        /// A number cell (to tell an amount in a merged range).
        let isNumber: Bool
    }

    struct Merge {
        let first: (row: Int, column: Int)
        let last: (row: Int, column: Int)
    }

    static let maxRow = 1_048_576
    static let maxColumn = 16_384
    /// The most cells with content a sheet may have; a budget has hundreds.
    static let maxCells = 1_000_000

    private(set) var cells: [Cell] = []
    private(set) var merges: [Merge] = []
    private let strings: [String]

    private var row = 0, column = 0
    private var type = "", value = "", inline = ""
    private var inValue = false, inInlineText = false, hasFormula = false, hasValue = false, phonetic = 0

    init(strings: [String]) { self.strings = strings }

    mutating func read(_ bytes: [UInt8]) throws(XMLError) {
        var reader = XMLPullReader(bytes)
        while let event = try reader.next() {
            switch event {
            case .start(let name, let attributes):
                try start(name, attributes, at: reader.position)
            case .end(let name):
                if name == "c" { try endCell(at: reader.position) }
                if name == "v" { inValue = false }
                if name == "t" { inInlineText = false }
                if name == "rPh" { phonetic -= 1 }
            case .text(let text):
                if inValue { value += text } else if inInlineText && phonetic == 0 { inline += text }
            }
        }
    }

    private mutating func start(_ name: String, _ attributes: XMLAttributes, at offset: Int) throws(XMLError) {
        switch name {
        case "row":
            column = 0
            if let number = attributes["r"] {
                guard let parsed = Int(number), parsed >= 1, parsed <= Self.maxRow else {
                    throw XMLError(offset: offset, Message("xlsx.bad_reference", [.code(number)]))
                }
                row = parsed
            } else {
                row += 1
            }
        case "c":
            if let reference = attributes["r"] {
                guard let place = Self.reference(reference) else {
                    throw XMLError(offset: offset, Message("xlsx.bad_reference", [.code(reference)]))
                }
                (row, column) = (place.row, place.column)
            } else {
                column += 1
            }
            guard row >= 1, row <= Self.maxRow, column <= Self.maxColumn else {
                throw XMLError(
                    offset: offset, Message("xlsx.bad_reference", [.code(CSVTable.columnName(column) + String(row))]))
            }
            type = attributes["t"] ?? "n"
            value = ""
            inline = ""
            hasFormula = false
            hasValue = false
        case "v":
            inValue = true
            hasValue = true
        case "f": hasFormula = true
        case "t": inInlineText = true
        case "rPh": phonetic += 1
        case "mergeCell":
            if let range = attributes["ref"], let merge = Self.merge(range) { merges.append(merge) }
        default: break
        }
    }

    private mutating func endCell(at offset: Int) throws(XMLError) {
        if hasFormula && (!hasValue || value.isEmpty) && type != "str" {
            guard cells.count < Self.maxCells else {
                throw XMLError(offset: offset, Message("xlsx.too_many_cells", [.integer(Self.maxCells)]))
            }
            cells.append(Cell(row: row, column: column, text: "", uncomputed: true, isNumber: false))
            return
        }
        var text: String
        switch type {
        case "s":
            guard let index = Int(value.trimmedText), index >= 0, index < strings.count else {
                throw XMLError(offset: offset, Message("xlsx.bad_shared_string", [.code(value)]))
            }
            text = strings[index]
        case "inlineStr": text = StringEscapes.decode(inline)
        case "b": text = value.trimmedText == "1" ? "TRUE" : "FALSE"
        case "str", "e", "d": text = value
        default:
            let stored = value.trimmedText
            guard !stored.isEmpty else { return }
            text = CellNumber.plain(stored) ?? stored
        }
        if text.isEmpty { return }
        guard cells.count < Self.maxCells else {
            throw XMLError(offset: offset, Message("xlsx.too_many_cells", [.integer(Self.maxCells)]))
        }
        cells.append(Cell(row: row, column: column, text: text, uncomputed: false, isNumber: type == "n"))
    }

    /// `AB12` → row 12, column 28; nil for anything else or past the sheet's last cell.
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var digits = 0
        var letters = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") && digits == 0 {
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") && letters > 0 {
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
            guard letters <= 3, digits <= 7 else { return nil }
        }
        guard letters > 0, digits > 0, row >= 1, row <= maxRow, column <= maxColumn else { return nil }
        return (row, column)
    }

    /// `A1:C2` as a merge; a single cell or a broken range is no merge.
    static func merge(_ range: String) -> Merge? {
        let parts = range.split(separator: ":")
        guard parts.count == 2, let first = reference(String(parts[0])), let last = reference(String(parts[1])),
            first.row <= last.row, first.column <= last.column
        else { return nil }
        return Merge(first: first, last: last)
    }
}
