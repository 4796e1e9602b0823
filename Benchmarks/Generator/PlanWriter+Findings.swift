/// `--shape findings`: a plan whose size is in its initiatives, none with an end date, so the
/// rule `initiative_end_date` warns once for each (and nothing else does): the input of the
/// benchmark's findings section, which times every output format on many findings.
///
/// `--shape findings-baseline` is the same plan, byte for byte as long, with every end date
/// written: no findings. The benchmark subtracts its time and peak memory from the findings
/// plan's, which leaves what the findings themselves cost.
extension PlanWriter {
    var isFindingsShape: Bool { options.shape == "findings" || options.shape == "findings-baseline" }

    /// A hundred cost lines a year at most in the findings shapes: the initiatives are the size.
    var costLinesPerYear: Int {
        isFindingsShape ? min(max(options.initiatives, 1), 100) : max(options.initiatives, 1)
    }

    mutating func writeFindingsInitiatives() {
        out += indent + #""initiatives": ["# + newline
        let last = 2024 + options.years - 1
        let count = max(options.initiatives, 1)
        // The end date, or as many spaces (JSON whitespace) so both shapes have the same size.
        let end = #", "end": "\#(last)-12-31""#
        let tail = options.shape == "findings" ? String(repeating: " ", count: end.utf8.count) : end
        for i in 0..<count {
            let target = random.below(3) == 0 ? "structural" : "individual"
            let a = random.below(UInt64(options.municipalities))
            let entry =
                #"{"id": "i\#(i)", "name": "Insats nummer \#(i) med ett längre namn", "target": "\#(target)", "members": ["region", "k\#(a)"], "start": "2024-01-01""#
                + tail + "}"
            out += indent + indent + entry + (i == count - 1 ? "" : ",") + newline
        }
        out += indent + "]" + newline
    }
}
