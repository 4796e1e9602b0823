/// libFuzzer entry for `finsam allocate`'s input: the national table (CSV or JSON), the model
/// and every report format. Not part of the SwiftPM package: `scripts/fuzz.sh` compiles it
/// together with every file of `Sources/FinsamCore`.

/// Reads the bytes as a national table; nothing may trap, an error must have a place, and a
/// table that reads must allocate so the parts and what is left add up to the total exactly,
/// none negative, the same bytes twice in every format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAllocation(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let rows: [FederationInput]
    do throws(AllocationInputError) {
        rows = try AllocationTable.read(bytes)
    } catch {
        guard error.place.line >= 1, error.place.column >= 1 else { fatalError("bad place") }
        return 0
    }
    for (year, kronor) in [(2017, Int64(10_000_000)), (2024, Int64(339_000_001))] {
        guard let parameters = AllocationParameters.forYear(year), let total = Money(kronor: kronor) else { fatalError("parameters") }
        guard let result = try? AllocationModel.allocate(rows, total: total, parameters: parameters) else { continue }
        var sum = result.unallocated.ore
        for federation in result.federations {
            guard !federation.allocation.isNegative else { fatalError("negative allocation") }
            sum += federation.allocation.ore
        }
        guard sum == total.ore, !result.unallocated.isNegative else { fatalError("allocations do not add up to the total") }
        let report = AllocationReport.make(result)
        for format in TableFormats.all {
            let options = TableOptions(language: .sv)
            guard format.render(report, options: options) == format.render(report, options: options) else {
                fatalError("the same table gave different \(format.name) output")
            }
        }
    }
    return 0
}
