import Foundation

/// Everything that can go wrong with the store, phrased for the person who has to fix it.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case notAStore(path: String)
    case tooNew(path: String, storeVersion: Int, supported: Int)
    case busy(String)
    case full(String)
    case sqlite(code: Int32, message: String, sql: String)
    case notFound(String)
    case invalid(String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "No store at \(path)."
        case .unreadable(let path, let reason):
            return "The store \(path) cannot be opened: \(reason)."
        case .notAStore(let path):
            return "The file \(path) is not a Madoguchi store or is corrupt."
        case .tooNew(let path, let storeVersion, let supported):
            return "The store \(path) was written by a newer Madoguchi (schema \(storeVersion), this one knows up to \(supported)); upgrade mado to open it."
        case .busy(let what):
            return "The store is busy (\(what)); try again in a moment."
        case .full(let what):
            return "The disk holding the store is full (\(what)); nothing of this step was saved. Free some space and try again."
        case .sqlite(let code, let message, _):
            return "Store error \(code): \(message)."
        case .notFound(let what):
            return "\(what) not found."
        case .invalid(let what):
            return what
        }
    }
}
