/// An inline SVG chart of horizontal bars, one per label (e.g. each federation's allocation per
/// inhabitant aged 16–64). Lengths are whole pixels computed from öre in 128-bit integers, so
/// the same figures give the same picture, byte for byte.
struct BarChart {
    let series: BarSeries
    let options: TableOptions

    static let width: Int128 = 760
    static let left: Int128 = 230
    static let right: Int128 = 140
    static let top: Int128 = 40
    static let row: Int128 = 24
    static let bar: Int128 = 16

    var plotWidth: Int128 { Self.width - Self.left - Self.right }
    var height: Int128 { Self.top + Int128(series.bars.count) * Self.row + 20 }

    /// The bar's length: negative values (none in an allocation) are drawn as empty bars.
    func length(_ value: Money) -> Int128 {
        let high = Int128(series.bars.map(\.value.ore).max() ?? 0)
        guard high > 0, value.ore > 0 else { return 0 }
        return Int128(value.ore) * plotWidth / high
    }

    func svg() -> String {
        let title = HTMLTableFormat.escape(options.catalog.render(series.title))
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(Self.width) \(height)\" width=\"\(Self.width)\" height=\"\(height)\" font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<title>" + title + "</title>\n"
        out += "<text x=\"10\" y=\"22\" font-size=\"14\" font-weight=\"bold\">" + title + "</text>\n"
        for (index, bar) in series.bars.enumerated() {
            let y = Self.top + Int128(index) * Self.row
            let length = length(bar.value)
            let text = HTMLTableFormat.escape(bar.value.formattedWithUnit(options.language, unit: .kr))
            out +=
                "<text x=\"\(Self.left - 8)\" y=\"\(y + 12)\" text-anchor=\"end\">" + HTMLTableFormat.escape(bar.label)
                + "</text>\n"
            out += "<rect x=\"\(Self.left)\" y=\"\(y)\" width=\"\(length)\" height=\"\(Self.bar)\" fill=\"#1f5fa8\"/>\n"
            out += "<text x=\"\(Self.left + length + 6)\" y=\"\(y + 12)\">" + text + "</text>\n"
        }
        return out + "</svg>\n"
    }
}
