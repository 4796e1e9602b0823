import FinsamCore

/// The most bytes finsam reads from one input: `--max-input-size`, else `FINSAM_MAX_INPUT_SIZE`,
/// else 1 GiB. A larger file is refused before it is read; a stream is read up to the limit.
enum InputLimit {
    static let `default` = 1 << 30

    /// `--max-input-size SIZE`: bytes, or with K, M or G (powers of 1 024).
    static let option = Option<Int>(
        .option(
            "--max-input-size", "SIZE",
            "Refuse an input larger than SIZE bytes (K, M, G allowed; default 1G, or FINSAM_MAX_INPUT_SIZE).")
    ) { text throws(UsageError) in
        guard let size = parse(text) else {
            throw UsageError(message: "--max-input-size takes a size such as 500M or 2G, not '\(text)'")
        }
        return size
    }

    /// `1073741824`, `512K`, `100M`, `1G`; nil for anything else or a size of zero.
    static func parse(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(text.uppercased())
        var scale = 1
        if let last = digits.last, let unit = units[last] {
            scale = unit
            digits = digits.dropLast()
        }
        guard let value = Int(digits), value > 0 else { return nil }
        let (size, overflow) = value.multipliedReportingOverflow(by: scale)
        return overflow ? nil : size
    }

    /// The limit for this run: the option, else the environment, else the default.
    static func resolve(_ arguments: ParsedArguments, _ console: Console) throws(UsageError) -> Int {
        if let size = try arguments(option) { return size }
        guard let text = console.environment("FINSAM_MAX_INPUT_SIZE"), !text.isEmpty else { return Self.default }
        guard let size = parse(text) else {
            throw UsageError(message: "FINSAM_MAX_INPUT_SIZE takes a size such as 500M or 2G, not '\(text)'")
        }
        return size
    }

    static func exceeded(_ limit: Int) -> Message {
        Message("file.too_large", [.integer(limit), .code("--max-input-size")])
    }
}
