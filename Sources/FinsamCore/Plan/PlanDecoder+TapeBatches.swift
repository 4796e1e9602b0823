/// Reading a large plan's initiatives and waivers on several threads, as its years are
/// (``PlanDecoder/yearBatches(_:members:policy:)``).
///
/// The array is cut into one contiguous batch per worker, of about equal bytes, and each batch
/// is read by the tape alone (``InitiativeTape``, ``WaiverTape``). The batches are joined in
/// order. Anything a batch cannot read in the common form, and any id taken twice across the
/// batches, sends the whole array back to the serial reading, which gives the exact result or
/// error: a batch never reports an error of its own. Only an array of at least
/// ``PlanDecoder/parallelThreshold`` bytes is cut; a small plan never comes here.
struct TapeBatch: Sendable {
    /// The tape indices from the batch's first element to the node after its last.
    let nodes: Range<Int>
    /// The position of the batch's first element in the array.
    let first: Int
}

/// A tape shared read-only by the workers; the buffers outlive them (``Parallelism/map(_:_:)``
/// returns only when every job has).
private struct SharedTape: @unchecked Sendable {
    let tape: CostLineTape
}

extension CostLineTape {
    /// The elements of the array at `array` cut into `workers` contiguous batches of about
    /// equal bytes; nil when it has fewer than `threshold` bytes or makes fewer than two batches.
    func batches(of array: Int, workers: Int, threshold: Int) -> [TapeBatch]? {
        guard workers > 1, array < nodes.count, nodes[array].kind == .array else { return nil }
        let end = min(nodes[array].next, nodes.count)
        let from = Int(nodes[array].start)
        let span = (end < nodes.count ? Int(nodes[end].start) : bytes.count) - from
        guard span >= threshold else { return nil }
        var batches: [TapeBatch] = []
        var batchStart = array + 1
        var batchFirst = 0
        var position = 0
        var element = array + 1
        while element < end {
            if batches.count + 1 < workers, element > batchStart,
                Int(nodes[element].start) - from >= span / workers * (batches.count + 1)
            {
                batches.append(TapeBatch(nodes: batchStart..<element, first: batchFirst))
                batchStart = element
                batchFirst = position
            }
            position += 1
            element = max(nodes[element].next, element + 1)
        }
        guard !batches.isEmpty else { return nil }
        batches.append(TapeBatch(nodes: batchStart..<end, first: batchFirst))
        return batches
    }
}

extension PlanDecoder {
    /// What one batch of initiatives gave: all of them in the common form, or `complete` false.
    struct InitiativeBatch: Sendable {
        var list: [Initiative] = []
        var grants: [GrantedAmount] = []
        /// Where each initiative's grants start in ``grants``.
        var grantStarts: [Int] = []
        var complete = true
    }

    /// The initiatives of the array at `array`, read in batches on the workers; nil when the
    /// array is too small to cut, or any batch meets an initiative not in the common form, or
    /// an id is taken twice (the serial reading then gives the exact error).
    func initiativesInBatches(_ array: Int, tape: CostLineTape) -> DecodedInitiatives? {
        guard useFastPaths,
            let batches = tape.batches(of: array, workers: parallelism.width, threshold: parallelThreshold)
        else { return nil }
        let shared = SharedTape(tape: tape)
        let read = parallelism.map(batches.count) { job in
            Self.initiativeBatch(batches[job], tape: shared.tape)
        }
        var decoded = DecodedInitiatives(capacity: read.reduce(0) { $0 + $1.list.count })
        for batch in read {
            guard batch.complete else { return nil }
            let base = decoded.grants.count
            decoded.grants += batch.grants
            for (position, initiative) in batch.list.enumerated() {
                guard decoded.add(initiative, grantsFrom: base + batch.grantStarts[position]) else { return nil }
            }
        }
        decoded.finish()
        return decoded
    }

    private static func initiativeBatch(_ batch: TapeBatch, tape: CostLineTape) -> InitiativeBatch {
        let initiatives = InitiativeTape(tape: tape)
        var result = InitiativeBatch()
        var lists = MemberLists()
        var element = batch.nodes.lowerBound
        while element < batch.nodes.upperBound {
            result.grantStarts.append(result.grants.count)
            guard let initiative = initiatives.initiative(at: element, grants: &result.grants, lists: &lists) else {
                result.complete = false
                return result
            }
            result.list.append(initiative)
            element = max(tape.nodes[element].next, element + 1)
        }
        return result
    }

    /// The waivers of the array at `array`, read in batches on the workers; nil when the array
    /// is too small to cut or any waiver is not in the common form.
    func waiversInBatches(_ array: Int, tape: CostLineTape) -> [Waiver]? {
        guard useFastPaths,
            let batches = tape.batches(of: array, workers: parallelism.width, threshold: parallelThreshold)
        else { return nil }
        let shared = SharedTape(tape: tape)
        let read = parallelism.map(batches.count) { job in
            Self.waiverBatch(batches[job], tape: shared.tape)
        }
        var waivers: [Waiver] = []
        waivers.reserveCapacity(read.reduce(0) { $0 + ($1?.count ?? 0) })
        for batch in read {
            guard let batch else { return nil }
            waivers += batch
        }
        return waivers
    }

    private static func waiverBatch(_ batch: TapeBatch, tape: CostLineTape) -> [Waiver]? {
        let waivers = WaiverTape(tape: tape)
        var result: [Waiver] = []
        var previous: Waiver?
        var element = batch.nodes.lowerBound
        while element < batch.nodes.upperBound {
            guard let waiver = waivers.waiver(at: element, index: batch.first + result.count) else { return nil }
            let shared = waiver.sharingText(with: previous)
            result.append(shared)
            previous = shared
            element = max(tape.nodes[element].next, element + 1)
        }
        return result
    }
}
