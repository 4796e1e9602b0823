/// Reads the fields of one ``SIELine`` by position, each problem located at the field (or, for
/// a field that is missing, at the end of the line).
struct SIEFields {
    let line: SIELine

    init(_ line: SIELine) { self.line = line }

    var count: Int { line.fields.count }

    func error(_ id: String, _ arguments: [Message.Argument] = [], at index: Int) -> SIEError {
        let column =
            index < line.fields.count
            ? line.fields[index].column
            : (line.fields.last?.column ?? line.column)
        return SIEError(Message(id, [.code(line.label)] + arguments), line: line.line, column: column)
    }

    /// A field's name in the reader's language: `what` is a key of ``fieldNames``.
    static func field(_ what: String) -> Message.Argument { .message(Message(fieldNames[what] ?? "sie.field.name")) }

    /// Each field's message id, written out (no id is put together at run time).
    static let fieldNames: [String: String] = [
        "account": "sie.field.account",
        "amount": "sie.field.amount",
        "date": "sie.field.date",
        "dimension": "sie.field.dimension",
        "end": "sie.field.end",
        "flag": "sie.field.flag",
        "format": "sie.field.format",
        "name": "sie.field.name",
        "number": "sie.field.number",
        "object": "sie.field.object",
        "orgnr": "sie.field.orgnr",
        "period": "sie.field.period",
        "series": "sie.field.series",
        "start": "sie.field.start",
        "type": "sie.field.type",
        "year": "sie.field.year",
        "objects": "sie.field.objects",
    ]

    /// The text field at `index`; `what` names it in the message when it is missing.
    func text(_ index: Int, _ what: String) throws(SIEError) -> String {
        guard index < line.fields.count else { throw error("sie.missing_field", [Self.field(what)], at: index) }
        guard let text = line.fields[index].text else {
            throw error("sie.unexpected_objects", [Self.field(what)], at: index)
        }
        return text
    }

    func optionalText(_ index: Int) -> String? {
        index < line.fields.count ? line.fields[index].text : nil
    }

    func integer(_ index: Int, _ what: String) throws(SIEError) -> Int {
        let text = try text(index, what)
        guard text.utf8.count <= 9, let value = Int(text) else {
            throw error("sie.not_integer", [Self.field(what), .code(text)], at: index)
        }
        return value
    }

    /// An amount as SIE writes it: `-1234.50`, a point before at most two decimals. Exact:
    /// parsed as text into öre, never through floating point.
    func amount(_ index: Int) throws(SIEError) -> Money {
        let text = try text(index, "amount")
        guard let money = Self.amount(text) else { throw error("sie.not_amount", [.code(text)], at: index) }
        return money
    }

    /// `-1234.50`, `100`, `0.5`: an optional minus, digits, and a point before one or two
    /// decimals; nil for anything else, or an amount too large for ``Money``.
    static func amount(_ text: String) -> Money? {
        var bytes = Substring(text).utf8[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        var ore: Int64 = 0
        var decimals = -1
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard decimals < 0, ore >= 0 else { return nil }
                decimals = 0
                continue
            }
            guard byte >= 0x30, byte <= 0x39, decimals < 2 else { return nil }
            if decimals >= 0 { decimals += 1 }
            let (times, overflow) = ore.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(Int64(byte - 0x30))
            guard !overflow, !carry else { return nil }
            ore = sum
        }
        // Digits before the point, and after it when there is one.
        guard let first = bytes.first, first != UInt8(ascii: "."), bytes.last != UInt8(ascii: ".") else { return nil }
        for _ in 0..<(2 - max(decimals, 0)) {
            let (scaled, overflow) = ore.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            ore = scaled
        }
        return Money(ore: negative ? -ore : ore)
    }

    /// A date `YYYYMMDD`.
    func date(_ index: Int, _ what: String) throws(SIEError) -> PlanDate {
        let text = try text(index, what)
        guard let date = Self.date(text) else {
            throw error("sie.not_date", [Self.field(what), .code(text)], at: index)
        }
        return date
    }

    /// A date that may be left out or written `""`.
    func optionalDate(_ index: Int, _ what: String) throws(SIEError) -> PlanDate? {
        guard let text = optionalText(index), !text.isEmpty else { return nil }
        return try date(index, what)
    }

    /// `{6 "P12"}`; a missing list is an error, `{}` an empty one.
    func objects(_ index: Int) throws(SIEError) -> [SIEObjectRef] {
        guard index < line.fields.count else { throw error("sie.missing_field", [Self.field("objects")], at: index) }
        guard case .objects(let objects) = line.fields[index].value else {
            throw error("sie.expected_objects", [.code(line.fields[index].text ?? "")], at: index)
        }
        return objects
    }

    /// `YYYYMM`.
    func period(_ index: Int) throws(SIEError) -> SIEPeriod {
        let text = try text(index, "period")
        guard let date = Self.date(text + "01") else { throw error("sie.not_period", [.code(text)], at: index) }
        return SIEPeriod(year: date.year, month: date.month)
    }

    static func date(_ text: String) -> PlanDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 8 else { return nil }
        let dashed = String(
            decoding: bytes[0..<4] + [UInt8(ascii: "-")] + bytes[4..<6] + [UInt8(ascii: "-")] + bytes[6..<8],
            as: UTF8.self)
        return PlanDate.parse(dashed)
    }
}
