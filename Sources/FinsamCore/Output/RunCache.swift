/// Bytes a reporter makes from one or two strings that usually repeat from one finding to the
/// next (a rule id and severity, a pointer's parent, a message id, a file): made, escaped and
/// laid out once when they change, else copied as they are. Strings that are the same object
/// (literals, a plan's shared text) compare equal at once.
struct RunCache {
    private var key: (String, String)?
    private var bytes: [UInt8] = []

    /// Writes the bytes `make` gives for `first` and `second`, made again only when either
    /// differs from last time.
    mutating func write(
        _ first: String, _ second: String = "", to out: ReportOutput, _ make: (String, String) -> String
    ) {
        let made = key.map { $0.0 == first && $0.1 == second } ?? false
        if !made {
            bytes = Array(make(first, second).utf8)
            key = (first, second)
        }
        bytes.withUnsafeBufferPointer { out.write(bytes: $0) }
    }
}

/// Fixed bytes made once, copied as they are.
struct FixedRun {
    private let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    func write(to out: ReportOutput) { bytes.withUnsafeBufferPointer { out.write(bytes: $0) } }
}
