/// Writing fields the way SIE 4 reads them.
enum SIEText {
    /// A quoted field: `"Kansli och styrelse"`, a quote inside written `\"`.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences("\"", "\\\"") + "\""
    }

    /// An amount with a point and two decimals: `-8333.33`, `100.00`.
    static func amount(_ money: Money) -> String {
        let magnitude = money.ore.magnitude
        let cents = magnitude % 100
        let text = String(magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
        return money.isNegative ? "-" + text : text
    }

    /// `YYYYMMDD`.
    static func date(_ date: PlanDate) -> String {
        date.description.replacingOccurrences("-", "")
    }

    /// `{6 "P12"}`, or `{}`.
    static func objects(_ objects: [SIEObjectRef]) -> String {
        "{" + objects.map { $0.dimension + " " + quoted($0.object) }.joined(separator: " ") + "}"
    }
}
