/// A file's findings written in batches rendered side by side: each worker writes one batch's
/// lines into a buffer of its own, and the buffers go out in order, so the report is the same
/// bytes as one written from the first finding to the last. A report is never held whole: one
/// round of batches at a time, a megabyte or so each.
///
/// For the formats whose findings are written independently of each other (`text`, `github`);
/// a plan's 260 000 findings took a tenth of `validate`'s time to write on one thread.
public struct FindingBatches: Sendable {
    /// The fewest findings of one file worth sharing out.
    public var threshold = 20_000
    /// The findings in one batch.
    public var size = 8_192

    public init() {}

    /// Writes findings `0..<count` to `out` through `render`, which writes the findings of a
    /// range to the output it is given: all at once here for a short list or one worker, else
    /// batch by batch on `parallelism`'s workers, each round's buffers written in order.
    func write(
        _ count: Int, parallelism: Parallelism, to out: ReportOutput,
        _ render: @Sendable (Range<Int>, ReportOutput) -> Void
    ) {
        guard parallelism.width > 1, count >= max(threshold, 1), size > 0 else { return render(0..<count, out) }
        let size = self.size
        var start = 0
        while start < count {
            let round = start
            let batches = min(parallelism.width, (count - round + size - 1) / size)
            let buffers = parallelism.map(batches) { batch in
                let lower = round + batch * size
                return Self.rendered(lower..<min(lower + size, count), render)
            }
            for buffer in buffers { buffer.withUnsafeBufferPointer { out.write(bytes: $0) } }
            start = min(count, round + batches * size)
        }
    }

    /// What `render` writes for `range`, as bytes.
    private static func rendered(_ range: Range<Int>, _ render: (Range<Int>, ReportOutput) -> Void) -> [UInt8] {
        let gathered = Gathered()
        let output = ReportOutput { gathered.bytes.append(contentsOf: $0) }
        render(range, output)
        output.finish()
        return gathered.bytes
    }

    /// A batch's bytes as its output hands them on (the sink is an escaping closure).
    private final class Gathered {
        var bytes: [UInt8] = []
    }
}
