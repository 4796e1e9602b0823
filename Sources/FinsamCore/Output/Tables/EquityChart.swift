/// An inline SVG line chart of one federation's closing equity, cap and floor by year.
///
/// Coordinates are whole pixels computed from öre in 128-bit integers: the same figures give
/// the same picture, byte for byte. Projected years lie on a shaded band and are drawn dashed
/// with hollow points; the plan's own years are solid.
struct EquityChart {
    let series: EquitySeries
    let options: TableOptions

    static let width: Int128 = 760
    static let height: Int128 = 340
    static let left: Int128 = 110
    static let right: Int128 = 20
    static let top: Int128 = 40
    static let bottom: Int128 = 70

    var plotWidth: Int128 { Self.width - Self.left - Self.right }
    var plotHeight: Int128 { Self.height - Self.top - Self.bottom }

    /// The value range, in öre, from a round step below the lowest to a round step above the highest.
    var scale: (low: Int128, high: Int128, step: Int128) {
        var values = series.points.flatMap { point in
            [point.closingEquity, point.floor] + (point.cap.map { [$0] } ?? [])
        }
        values.append(.zero)
        let low = Int128(values.map(\.ore).min() ?? 0)
        let high = Int128(values.map(\.ore).max() ?? 0)
        let step = Self.niceStep((high - low) / 4)
        let floorLow = low >= 0 ? 0 : -((-low + step - 1) / step) * step
        let ceilHigh = max(step, ((high + step - 1) / step) * step)
        return (floorLow, ceilHigh, step)
    }

    /// 1, 2 or 5 times a power of ten kronor, at least `rough` öre.
    static func niceStep(_ rough: Int128) -> Int128 {
        var power: Int128 = 100
        while true {
            for factor: Int128 in [1, 2, 5] where factor * power >= rough { return factor * power }
            power *= 10
        }
    }

    func x(_ index: Int) -> Int128 {
        let count = Int128(series.points.count)
        guard count > 1 else { return Self.left + plotWidth / 2 }
        return Self.left + plotWidth * Int128(index) / (count - 1)
    }

    func y(_ value: Money) -> Int128 {
        let (low, high, _) = scale
        return Self.top + plotHeight - (Int128(value.ore) - low) * plotHeight / (high - low)
    }

    func svg() -> String {
        let catalog = options.catalog
        let title = HTMLTableFormat.escape(series.federation + ": " + catalog.render(Message("report.chart.title")))
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(Self.width) \(Self.height)\" width=\"\(Self.width)\" height=\"\(Self.height)\" font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<title>" + title + "</title>\n"
        out += "<text x=\"\(Self.left)\" y=\"22\" font-size=\"14\" font-weight=\"bold\">" + title + "</text>\n"
        out +=
            projectedBand() + grid() + line(\.floor, colour: "#6b737c") + capLine()
            + line(\.closingEquity, colour: "#1f5fa8")
        out += points() + legend()
        return out + "</svg>\n"
    }

    private func projectedBand() -> String {
        guard let first = series.points.firstIndex(where: \.projected) else { return "" }
        let start = first == 0 ? Self.left : (x(first - 1) + x(first)) / 2
        let end = Self.left + plotWidth
        return
            "<rect x=\"\(start)\" y=\"\(Self.top)\" width=\"\(end - start)\" height=\"\(plotHeight)\" fill=\"#f1ecdf\"/>\n"
    }

    private func grid() -> String {
        let (low, high, step) = scale
        var out = ""
        var value = low
        while value <= high {
            let money = Money(ore: Int64(clamping: value))
            let position = y(money)
            out +=
                "<line x1=\"\(Self.left)\" y1=\"\(position)\" x2=\"\(Self.left + plotWidth)\" y2=\"\(position)\" stroke=\"#d6d9dd\"/>\n"
            out +=
                "<text x=\"\(Self.left - 8)\" y=\"\(position + 4)\" text-anchor=\"end\">"
                + HTMLTableFormat.escape(
                    money.forDisplay(in: options.unit).formattedWithUnit(options.language, unit: options.unit))
                + "</text>\n"
            value += step
        }
        // At most about 15 year labels, so 50 projected years stay legible; the last always shows.
        let every = max(1, (series.points.count + 14) / 15)
        for (index, point) in series.points.enumerated() where index % every == 0 || index == series.points.count - 1 {
            out +=
                "<text x=\"\(x(index))\" y=\"\(Self.top + plotHeight + 18)\" text-anchor=\"middle\""
                + (point.projected ? " font-style=\"italic\"" : "") + ">\(point.year)</text>\n"
        }
        return out
    }

    /// A series as solid segments between plan years and dashed ones into projected years.
    private func line(_ value: KeyPath<EquityPoint, Money>, colour: String) -> String {
        segments(series.points.map { $0[keyPath: value] }, colour: colour)
    }

    private func capLine() -> String {
        let caps = series.points.compactMap(\.cap)
        guard caps.count == series.points.count else { return "" }
        return segments(caps, colour: "#b3261e")
    }

    private func segments(_ values: [Money], colour: String) -> String {
        var out = ""
        for index in values.indices.dropFirst() {
            let dashed = series.points[index].projected
            out +=
                "<line x1=\"\(x(index - 1))\" y1=\"\(y(values[index - 1]))\" x2=\"\(x(index))\" y2=\"\(y(values[index]))\" stroke=\"\(colour)\" stroke-width=\"2\""
                + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>\n"
        }
        return out
    }

    private func points() -> String {
        var out = ""
        for (index, point) in series.points.enumerated() {
            let fill = point.projected ? "#ffffff" : "#1f5fa8"
            out +=
                "<circle cx=\"\(x(index))\" cy=\"\(y(point.closingEquity))\" r=\"4\" fill=\"\(fill)\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>\n"
        }
        return out
    }

    private func legend() -> String {
        let catalog = options.catalog
        let entries: [(String, String, Bool)] =
            [
                (catalog.render(Message("report.chart.equity")), "#1f5fa8", false),
                (catalog.render(Message("report.chart.cap")), "#b3261e", false),
                (catalog.render(Message("report.chart.floor")), "#6b737c", false),
            ]
            + (series.points.contains(where: \.projected)
                ? [(catalog.render(Message("report.chart.projected")), "#1f5fa8", true)] : [])
        var out = ""
        var position = Self.left
        let base = Self.height - 20
        for (label, colour, dashed) in entries {
            out +=
                "<line x1=\"\(position)\" y1=\"\(base - 4)\" x2=\"\(position + 24)\" y2=\"\(base - 4)\" stroke=\"\(colour)\" stroke-width=\"2\""
                + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>\n"
            out += "<text x=\"\(position + 30)\" y=\"\(base)\">" + HTMLTableFormat.escape(label) + "</text>\n"
            position += 56 + Int128(label.count) * 7
        }
        return out
    }
}
