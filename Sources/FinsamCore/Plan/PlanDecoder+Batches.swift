/// Reading the years of a large plan on several threads.
///
/// Once members and policy are read, each year decodes on its own: a 50 MB plan's years split
/// into one contiguous batch per worker, each read by its own copy of the decoder. A plan below
/// ``PlanDecoder/parallelThreshold`` bytes of years is read in one batch on the calling thread,
/// where a thread would cost more than it saves.
extension PlanDecoder {
    /// What one batch of years gave: the years read, in order, up to the first error.
    struct YearBatch: Sendable {
        var years: [Year] = []
        var unknownFields: [UnknownField] = []
        var error: PlanError?
    }

    func yearBatches(_ elements: [JSONValue], members: [Member], policy: Policy) -> [YearBatch] {
        let bounds = batchBounds(elements)
        let decoder = self
        return parallelism.map(bounds.count) { batch in
            var worker = decoder
            worker.unknownFields = []
            var result = YearBatch()
            for element in elements[bounds[batch]] {
                do throws(PlanError) {
                    result.years.append(try worker.year(element, members: members, policy: policy))
                } catch {
                    result.error = error
                    break
                }
            }
            result.unknownFields = worker.unknownFields
            return result
        }
    }

    /// True when `elements` are worth reading in batches: several workers, several years, and
    /// at least ``parallelThreshold`` bytes of them.
    func readsInBatches(_ elements: [JSONValue]) -> Bool {
        guard let first = elements.first, let last = elements.last, parallelism.width > 1, elements.count > 1 else {
            return false
        }
        return last.endOffset - first.offset >= parallelThreshold
    }

    /// Contiguous ranges of `elements` of about equal size in bytes, one per worker.
    private func batchBounds(_ elements: [JSONValue]) -> [Range<Int>] {
        guard readsInBatches(elements), let first = elements.first, let last = elements.last else {
            return [elements.indices]
        }
        let span = last.endOffset - first.offset
        var bounds: [Range<Int>] = []
        var start = 0
        for worker in 1..<parallelism.width {
            let target = first.offset + span / parallelism.width * worker
            var cut = start
            while cut < elements.count && elements[cut].offset < target { cut += 1 }
            if cut > start && cut < elements.count {
                bounds.append(start..<cut)
                start = cut
            }
        }
        bounds.append(start..<elements.count)
        return bounds
    }
}
