/// The path from the root to the last node a pointer was asked for, kept so that the next
/// pointer, further on in the file, walks on from there instead of from the root: the findings
/// of a rule, in file order, then cost one pass over the tape in all, and no parent index.
///
/// Each level is a container on the path, the child on the path in it, that child's position
/// among the container's children, and the child's pointer.
struct PointerCursor: Sendable {
    struct Level: Sendable {
        let parent: Int
        var child: Int
        var position: Int
        var pointer: JSONPointer
    }

    private(set) var levels: [Level] = []
    /// The last node reached: the cursor moves only forward from it.
    private(set) var target = 0

    /// True when `node` can be reached by walking on (it is at or after the last one).
    func reaches(_ node: Int) -> Bool { node >= target }

    /// Walks on to `node`; returns its pointer and the siblings stepped over.
    mutating func move(to node: Int, in document: JSONDocument) -> (pointer: JSONPointer, steps: Int) {
        let nodes = document.nodes
        // Leave the containers that end before `node`.
        while let last = levels.last, !(last.parent < node && node < nodes[last.parent].next) {
            levels.removeLast()
        }
        var steps = 0
        var parent = 0
        if !levels.isEmpty {
            // Step over the siblings of the last child that end before `node` (the level
            // changed in place: taken out and put back, it was copied with its pointer).
            let at = levels.count - 1
            let (child, skipped) = document.sibling(from: levels[at].child, holding: node)
            levels[at].position += skipped
            steps += skipped
            if child != levels[at].child {
                levels[at].child = child
                levels[at].pointer = document.appending(
                    to: at > 0 ? levels[at - 1].pointer : .root, child: child, of: levels[at].parent,
                    at: levels[at].position)
            }
            parent = child
        }
        // Then down as a walk from the root goes, keeping each level.
        while parent < node {
            let (child, position) = document.child(of: parent, holding: node)
            let pointer = document.appending(to: levels.last?.pointer ?? .root, child: child, of: parent, at: position)
            levels.append(Level(parent: parent, child: child, position: position, pointer: pointer))
            steps += position + 1
            parent = child
        }
        target = node
        return (levels.last?.pointer ?? .root, steps)
    }
}
