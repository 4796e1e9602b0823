/// A CSV file as rows of text cells (RFC 4180 quoting), with the separator Excel used.
public struct CSVTable: Sendable {
    /// The cells, row by row; row 1 and column 1 are `rows[0][0]`.
    public let rows: [[String]]
    public let separator: Character

    /// Splits `text` into rows and cells. The separator is `;` (Swedish Excel) unless the first
    /// non-empty line has commas outside quotes and no semicolons, or the file starts with
    /// Excel's `sep=` line. A quoted cell may hold separators, line breaks and `""` for `"`.
    public init(text: String) {
        var body = Substring(text)
        var separator = Self.detectSeparator(body)
        if body.hasPrefix("sep="), let end = body.firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) {
            separator = body.dropFirst(4).first ?? separator
            body = body[body.index(after: end)...]
        }
        self.separator = separator
        self.rows = Self.split(body, separator: separator)
    }

    /// `;` unless the first non-empty line has commas outside quotes and no semicolons.
    static func detectSeparator(_ text: Substring) -> Character {
        var quoted = false
        var semicolons = 0
        var commas = 0
        var seenText = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
                continue
            }
            if quoted { continue }
            if character == "\n" || character == "\r\n" {
                if seenText { break } else { continue }
            }
            seenText = true
            if character == ";" { semicolons += 1 } else if character == "," { commas += 1 }
        }
        return semicolons == 0 && commas > 0 ? "," : ";"
    }

    static func split(_ text: Substring, separator: Character) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if quoted {
                if character == "\"" {
                    if index < text.endIndex, text[index] == "\"" {
                        cell.append("\"")
                        index = text.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty: quoted = true
            case separator:
                row.append(cell)
                cell = ""
            case "\n", "\r\n", "\r":
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            default: cell.append(character)
            }
        }
        if !cell.isEmpty || !row.isEmpty {
            row.append(cell)
            rows.append(row)
        }
        return rows
    }

    /// Excel's name of a column: 1 → A, 27 → AA.
    public static func columnName(_ column: Int) -> String {
        var number = column
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }
}
