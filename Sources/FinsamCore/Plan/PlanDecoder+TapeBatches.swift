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

/// The storage of the list being filled, shared by the workers: each initialises only its own
/// batch's positions, and the list is not touched until every worker has returned.
private struct SharedStorage<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}

extension PlanDecoder {
    /// The elements of `batches` read by `read` on the workers straight into one list, in
    /// order; nil (and nothing kept) when `read` returns false for any batch. `read` gets the
    /// batch and the list's storage, initialises the batch's positions in turn, and says how many
    /// it initialised and whether it read them all.
    private func filledInBatches<Element>(
        _ batches: [TapeBatch], count: Int,
        _ read: @Sendable (TapeBatch, UnsafeMutableBufferPointer<Element>) -> (initialised: Int, complete: Bool)
    ) -> [Element]? {
        var complete = true
        let list = [Element](unsafeUninitializedCapacity: count) { buffer, initialisedCount in
            // Each element is written once, by the workers: huge pages spare a fault per 4 KiB.
            parallelism.largeBuffers.advise(buffer)
            let shared = SharedStorage(buffer: buffer)
            let read = parallelism.map(batches.count) { job in read(batches[job], shared.buffer) }
            complete = read.allSatisfy(\.complete)
            if complete {
                initialisedCount = count
            } else {
                for (batch, outcome) in zip(batches, read) {
                    _ = buffer[batch.first..<batch.first + outcome.initialised].deinitialize()
                }
                initialisedCount = 0
            }
        }
        return complete ? list : nil
    }

    /// An array cut for the workers: its batches, and how many elements it has.
    private struct Cut {
        let batches: [TapeBatch]
        let count: Int
    }

    /// The array at `array` cut into one batch per worker; nil when the fast paths are off or
    /// the array is too small to cut.
    private func cut(_ array: Int, tape: CostLineTape) -> Cut? {
        guard useFastPaths,
            let batches = tape.batches(of: array, workers: parallelism.width, threshold: parallelThreshold),
            let last = batches.last
        else { return nil }
        return Cut(batches: batches, count: Self.count(of: array, last: last, tape: tape))
    }

    /// The number of elements of the array at `array`, given its batches.
    private static func count(of array: Int, last: TapeBatch, tape: CostLineTape) -> Int {
        var count = last.first
        var element = last.nodes.lowerBound
        while element < last.nodes.upperBound {
            count += 1
            element = max(tape.nodes[element].next, element + 1)
        }
        return count
    }

    /// The initiatives of the array at `array`, read in batches on the workers; nil when the
    /// array is too small to cut, or any batch meets an initiative not in the common form, or
    /// an id is taken twice (the serial reading then gives the exact error). Each batch's
    /// initiatives share that batch's array of grants, and its member lists (``MemberLists``).
    /// `file` is the document's bytes, which the initiatives' names are read from.
    func initiativesInBatches(_ array: Int, tape: CostLineTape, file: [UInt8]) -> DecodedInitiatives? {
        guard let cut = cut(array, tape: tape) else { return nil }
        let shared = SharedTape(tape: tape)
        guard
            let list = filledInBatches(
                cut.batches, count: cut.count,
                { batch, storage in
                    Self.initiativeBatch(batch, tape: shared.tape, file: file, into: storage)
                })
        else { return nil }
        return DecodedInitiatives(indexing: list)
    }

    /// Reads `batch`'s initiatives into their positions of `storage`, each with its slice of one
    /// array of the batch's grants.
    private static func initiativeBatch(
        _ batch: TapeBatch, tape: CostLineTape, file: [UInt8], into storage: UnsafeMutableBufferPointer<Initiative>
    ) -> (initialised: Int, complete: Bool) {
        let initiatives = InitiativeTape(tape: tape, file: file)
        var grants: [GrantedAmount] = []
        var grantStarts: [Int] = []
        var lists = MemberLists()
        var position = batch.first
        var element = batch.nodes.lowerBound
        var complete = true
        while element < batch.nodes.upperBound {
            grantStarts.append(grants.count)
            guard let initiative = initiatives.initiative(at: element, grants: &grants, lists: &lists) else {
                complete = false
                break
            }
            storage.initializeElement(at: position, to: initiative)
            position += 1
            element = max(tape.nodes[element].next, element + 1)
        }
        // Slices taken only now that the batch's grants are all appended.
        for read in 0..<(complete ? position - batch.first : 0) {
            let end = read + 1 < grantStarts.count ? grantStarts[read + 1] : grants.count
            storage[batch.first + read].granted = grants[min(grantStarts[read], end)..<end]
        }
        return (position - batch.first, complete)
    }

    /// The members of the array at `array`, read in batches on the workers; nil when the array
    /// is too small to cut, any member is not in the common form, or an id is taken twice.
    func membersInBatches(_ array: Int, tape: CostLineTape) -> [Member]? {
        guard let cut = cut(array, tape: tape) else { return nil }
        let shared = SharedTape(tape: tape)
        let read = filledInBatches(cut.batches, count: cut.count) {
            batch, storage in
            let members = MemberTape(tape: shared.tape)
            var position = batch.first
            var element = batch.nodes.lowerBound
            while element < batch.nodes.upperBound {
                guard let member = members.member(at: element) else { return (position - batch.first, false) }
                storage.initializeElement(at: position, to: member)
                position += 1
                element = max(shared.tape.nodes[element].next, element + 1)
            }
            return (position - batch.first, true)
        }
        guard let read else { return nil }
        var ids = PositionTable(capacity: read.count)
        for position in read.indices {
            guard ids.insert(read[position].id, at: position, keyAt: { read[$0].id }) == nil else { return nil }
        }
        return read
    }

    /// The waivers of the array at `array`, read in batches on the workers; nil when the array
    /// is too small to cut or any waiver is not in the common form.
    func waiversInBatches(_ array: Int, tape: CostLineTape) -> [Waiver]? {
        guard let cut = cut(array, tape: tape) else { return nil }
        let shared = SharedTape(tape: tape)
        return filledInBatches(cut.batches, count: cut.count) { batch, storage in
            Self.waiverBatch(batch, tape: shared.tape, into: storage)
        }
    }

    /// Reads `batch`'s waivers into their positions of `storage`, equal texts shared as the
    /// serial reading shares them (``Waiver/sharingText(with:)``).
    private static func waiverBatch(
        _ batch: TapeBatch, tape: CostLineTape, into storage: UnsafeMutableBufferPointer<Waiver>
    ) -> (initialised: Int, complete: Bool) {
        let waivers = WaiverTape(tape: tape)
        var previous: Waiver?
        var position = batch.first
        var element = batch.nodes.lowerBound
        while element < batch.nodes.upperBound {
            guard let waiver = waivers.waiver(at: element, index: position) else {
                return (position - batch.first, false)
            }
            let shared = waiver.sharingText(with: previous)
            storage.initializeElement(at: position, to: shared)
            previous = shared
            position += 1
            element = max(tape.nodes[element].next, element + 1)
        }
        return (position - batch.first, true)
    }
}
