import Synchronization

/// Where a run of location look-ups left off: the line and column (``LineCursor``) and the JSON
/// Pointer (``PointerCursor``) of the last offset asked for, so that the next one further on is
/// found by walking on from there.
///
/// Each run of look-ups in file order wants its own pair. Two rules checked side by side on one
/// pair (``RuleStage``) would each send the other's cursors back to the start of the file at
/// every finding, and a plan's 260 000 findings would climb the parent index instead of walking.
final class LocationCursors: Sendable {
    let line = Mutex(LineCursor())
    let pointer = Mutex(PointerCursor())
}
