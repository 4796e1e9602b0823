/// The parent of every node on a ``JSONDocument``'s tape and its position among its parent's
/// children, built in one pass, so a node's JSON Pointer costs its depth, not its siblings.
struct JSONTreeIndex: Sendable {
    /// The parent's tape index, or `UInt32.max` for the root.
    private let parents: [UInt32]
    /// The position among the parent's children.
    private let positions: [UInt32]

    /// The index of no nodes, standing for "not built yet".
    init() {
        parents = []
        positions = []
    }

    /// True once built for a document (every document has at least its root).
    var isBuilt: Bool { !parents.isEmpty }

    init(_ nodes: [JSONNode]) {
        var parents = [UInt32](repeating: UInt32.max, count: nodes.count)
        var positions = [UInt32](repeating: 0, count: nodes.count)
        // The open containers around the current node: their index, where they end, and how
        // many children they have had so far.
        var open: [(node: Int, end: Int, children: UInt32)] = []
        for node in nodes.indices {
            while let top = open.last, node >= top.end { open.removeLast() }
            if let top = open.last {
                parents[node] = UInt32(truncatingIfNeeded: top.node)
                positions[node] = top.children
                open[open.count - 1].children += 1
            }
            let kind = nodes[node].kind
            if (kind == .object || kind == .array) && nodes[node].next > node + 1 {
                open.append((node, nodes[node].next, 0))
            }
        }
        self.parents = parents
        self.positions = positions
    }

    func parent(of node: Int) -> Int? {
        parents[node] == UInt32.max ? nil : Int(parents[node])
    }

    func position(of node: Int) -> Int { Int(positions[node]) }
}
