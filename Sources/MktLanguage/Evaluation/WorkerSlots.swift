/// One result slot per piece of work done side by side (`DispatchQueue.concurrentPerform`):
/// each index is written by exactly one worker, and read only after every worker has
/// finished, so no lock is needed. The load's files and the instrument index's pieces use it.
public final class WorkerSlots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    public init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    public func store(_ i: Int, _ result: T) { buffer[i] = result }

    /// The result at `i`, taken out of its slot.
    public func take(_ i: Int) -> T? {
        let r = buffer[i]
        buffer[i] = nil
        return r
    }
}
