/// The language of messages and reports.
public enum Language: String, Sendable, CaseIterable {
    case en
    case sv

    /// The language a user's environment asks for: Swedish when `LC_ALL`, or else `LANG`,
    /// starts with `sv`; English otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        let all = environment["LC_ALL"] ?? ""
        let chosen = all.isEmpty ? (environment["LANG"] ?? "") : all
        return chosen.hasPrefix("sv") ? .sv : .en
    }

    var groupSeparator: String { self == .sv ? " " : "," }
    var decimalSeparator: String { self == .sv ? "," : "." }
}

extension Money {
    /// The amount in `unit`, grouped by thousands and without trailing zero decimals:
    /// `4 184 000` (sv), `4,184,000` (en), `1 844,5` (sv, tkr).
    public func formatted(_ language: Language, unit: AmountUnit = .kr) -> String {
        let negative = ore < 0
        let magnitude = ore.magnitude
        let per = UInt64(unit.orePerUnit)
        let whole = magnitude / per
        var fraction = magnitude % per
        var fractionDigits = unit.maxDecimals
        while fractionDigits > 0 && fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        var text = Self.grouped(whole, separator: language.groupSeparator)
        if fractionDigits > 0 {
            // Kronor always show both öre digits: 12,50 kr, never 12,5 kr.
            let shown = unit == .kr ? 2 : fractionDigits
            if unit == .kr && fractionDigits == 1 { fraction *= 10 }
            let digits = String(fraction)
            text += language.decimalSeparator
            text += String(repeating: "0", count: max(0, shown - digits.count)) + digits
        }
        return negative ? "-" + text : text
    }

    /// The amount with its unit: `348 666 kr`, `1 844,5 tkr`.
    public func formattedWithUnit(_ language: Language, unit: AmountUnit = .kr) -> String {
        formatted(language, unit: unit) + " " + unit.rawValue
    }

    /// The amount as JSON would carry it: kronor with a decimal point, no grouping: `1844500`,
    /// `12.5`.
    public var decimalKronor: String {
        let negative = ore < 0
        let magnitude = ore.magnitude
        let whole = magnitude / 100
        let cents = magnitude % 100
        var text = String(whole)
        if cents != 0 {
            text += cents % 10 == 0 ? "." + String(cents / 10) : (cents < 10 ? ".0" : ".") + String(cents)
        }
        return negative ? "-" + text : text
    }

    static func grouped(_ value: UInt64, separator: String) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }
}

extension Percent {
    /// The percentage rounded half to even to one decimal, a zero decimal dropped: `9,6 %`,
    /// `20 %` (sv), `9.6%` (en).
    public func formatted(_ language: Language) -> String {
        let tenths = ExactDivision.divide(Int128(basisPoints), by: 10, rule: .halfEven) ?? 0
        return formatted(language, decimals: tenths % 10 == 0 ? 0 : 1)
    }

    /// The percentage rounded half to even to `decimals` decimals: `9,60 %` with 2.
    public func formatted(_ language: Language, decimals: Int) -> String {
        let drop = Int128(2 - min(max(decimals, 0), 2))
        var divisor: Int128 = 1
        for _ in 0..<drop { divisor *= 10 }
        let rounded = ExactDivision.divide(Int128(basisPoints), by: divisor, rule: .halfEven) ?? 0
        let negative = rounded < 0
        let magnitude = rounded.magnitude
        var scale: UInt64 = 1
        for _ in 0..<decimals { scale *= 10 }
        var text = String(magnitude / scale)
        if decimals > 0 {
            let part = String(magnitude % scale)
            text += language.decimalSeparator
            text += String(repeating: "0", count: decimals - part.count) + part
        }
        let sign = negative ? "-" : ""
        return language == .sv ? sign + text + " %" : sign + text + "%"
    }

    /// The percentage as JSON carries it: `9.6`, `20`, `81.55`.
    public var decimalText: String {
        let negative = basisPoints < 0
        let magnitude = basisPoints.magnitude
        var text = String(magnitude / 100)
        let part = magnitude % 100
        if part != 0 {
            text += part % 10 == 0 ? "." + String(part / 10) : (part < 10 ? ".0" : ".") + String(part)
        }
        return negative ? "-" + text : text
    }

    /// Parses a percentage with at most two decimals: `20`, `"9,6"`, `"12.75"`.
    public static func parse(_ text: Substring) -> Percent? {
        // A percentage is an amount in hundredths: reuse the exact amount scanner with kronor's
        // two decimals, where one "krona" is one percent.
        guard case .success(let money) = Money.parse(text, unit: .kr) else { return nil }
        return Percent(basisPoints: money.ore)
    }
}
