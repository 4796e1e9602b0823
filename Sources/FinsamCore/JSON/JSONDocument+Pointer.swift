/// JSON Pointers of the values on the tape, for findings' locations.
extension JSONDocument {
    /// Documents with at most this many nodes find a pointer by walking down from the root;
    /// larger ones walk on from the last pointer found (findings in file order: one pass), and
    /// build the parent index once and climb it when lookups jump back and forth.
    ///
    /// Walking down scans the siblings on the way, at most every node once per pointer: for a
    /// typical plan (about a thousand nodes) that is cheaper than building the index, which
    /// was a twentieth of `finsam validate`'s own work on such a plan. A large plan with
    /// thousands of findings in one wide array would take minutes that way, so it climbs.
    static let walkDownLimit = 4096

    /// The JSON Pointer of the value (or object key) that starts at `offset`, or of the innermost
    /// value that contains it.
    ///
    /// That value is the last node starting at or before `offset` (subtrees are contiguous on the
    /// tape), found by binary search; a key has no node, so an offset at a key gives its value.
    public func pointer(to offset: Int) -> JSONPointer { pointer(to: offset, walkingOn: cursors) }

    /// The same, a large document walking on with `cursors` (a run of look-ups' own).
    func pointer(to offset: Int, walkingOn cursors: LocationCursors) -> JSONPointer {
        var low = 0
        var high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if Int(nodes[mid].start) <= offset { low = mid + 1 } else { high = mid }
        }
        let target = isKey(at: offset, of: low) ? low : low - 1
        guard target > 0 else { return .root }
        // A small document walks down from the root: cheap, and no cursor's types to make at start-up.
        if nodes.count <= Self.walkDownLimit { return pointer(walkingDownTo: target) }
        return walksOn ? pointer(walkingOnTo: target, with: cursors) : pointer(climbingTo: target)
    }

    /// True when `offset` lies in the key of the member whose value is node `node` (the first
    /// node after `offset`), or between that key and the value: a key has no node of its own, and
    /// its place gives its member's pointer.
    private func isKey(at offset: Int, of node: Int) -> Bool {
        guard node > 0, node < nodes.count, offset >= 0 else { return false }
        let key = bytes.withUnsafeBufferPointer { JSONKey.locateChecked(in: $0, valueAt: Int(nodes[node].start)) }
        return key.isMember && key.opening <= offset
    }

    /// True while walking is cheaper than building the parent index: until the walks have
    /// stepped over the document's nodes a few times, so a plan of 50 MB with findings in file
    /// order (one pass) or a handful anywhere never builds an index the size of its tape, and
    /// one with findings in any order builds it once.
    private var walksOn: Bool {
        !treeIsBuilt && walkedSteps.load(ordering: .relaxed) < Self.walkPasses * nodes.count
    }

    /// The passes over a large document's nodes that walks may take before the parent index pays.
    static let walkPasses = 4

    /// The pointer of node `target`, walked to from the last node asked for when it lies
    /// further on (``PointerCursor``), else from the root.
    func pointer(walkingOnTo target: Int, with cursors: LocationCursors) -> JSONPointer {
        let (pointer, steps) = cursors.pointer.withLock { cursor in
            if !cursor.reaches(target) { cursor = PointerCursor() }
            return cursor.move(to: target, in: self)
        }
        if nodes.count > Self.walkDownLimit { walkedSteps.add(steps, ordering: .relaxed) }
        return pointer
    }

    /// The pointer of node `target`, found from the root by skipping from sibling to sibling
    /// over each subtree that ends before it. Built as it goes: no array of steps, whose
    /// element type would cost the runtime one more generic type to instantiate at start-up.
    func pointer(walkingDownTo target: Int) -> JSONPointer {
        var pointer = JSONPointer.root
        var parent = 0
        var steps = 0
        while parent < target {
            let (child, position) = child(of: parent, holding: target)
            pointer = appending(to: pointer, child: child, of: parent, at: position)
            parent = child
            steps += position + 1
        }
        if nodes.count > Self.walkDownLimit { walkedSteps.add(steps, ordering: .relaxed) }
        return pointer
    }

    /// The child of container `parent` that is or holds node `target` (`parent < target`), and
    /// its position among `parent`'s children.
    func child(of parent: Int, holding target: Int) -> (child: Int, position: Int) {
        let found = sibling(from: parent + 1, holding: target)
        return (found.child, found.skipped)
    }

    /// From child `start` on, the sibling that is or holds node `target`, and how many siblings
    /// were skipped: each sibling subtree that ends at or before `target` is skipped whole, so
    /// every skip lands at or before it.
    func sibling(from start: Int, holding target: Int) -> (child: Int, skipped: Int) {
        var child = start
        var skipped = 0
        while child < target, nodes[child].next <= target {
            child = max(nodes[child].next, child + 1)
            skipped += 1
        }
        return (child, skipped)
    }

    /// The pointer of node `target`, read up the parent index (built on first use).
    func pointer(climbingTo target: Int) -> JSONPointer {
        let tree = self.tree
        var chain: [Int] = []
        var node = target
        while let parent = tree.parent(of: node) {
            chain.append(node)
            node = parent
        }
        var pointer = JSONPointer.root
        for node in chain.reversed() {
            pointer = appending(to: pointer, child: node, of: tree.parent(of: node) ?? 0, at: tree.position(of: node))
        }
        return pointer
    }

    /// `pointer` and one step more: an array's index, or an object's key (found back from the
    /// value, ``JSONKey``).
    func appending(to pointer: JSONPointer, child: Int, of parent: Int, at position: Int) -> JSONPointer {
        if nodes[parent].kind == .array { return pointer.appending(position) }
        return pointer.appending(JSONKey(document: self, valueAt: Int(nodes[child].start)).string)
    }
}
