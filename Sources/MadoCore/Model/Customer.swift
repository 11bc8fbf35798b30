import Foundation

public struct Customer: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var createdAt: Date
    /// Shared notes any agent may edit, and who changed them last (login) and when.
    public var notes: String
    public var notesBy: String?
    public var notesAt: Date?
    /// Set when this customer was merged into another; its rows moved there (see `mergeCustomer`).
    public var mergedInto: Int64?

    public init(id: Int64, name: String, createdAt: Date, notes: String = "", notesBy: String? = nil, notesAt: Date? = nil,
                mergedInto: Int64? = nil) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.notes = notes
        self.notesBy = notesBy
        self.notesAt = notesAt
        self.mergedInto = mergedInto
    }
}

/// One way to reach a customer: an email address or an Instagram-scoped id (with its @handle).
public struct Identity: Sendable, Equatable {
    public var id: Int64
    public var customerID: Int64
    public var channel: Channel
    public var address: String
    public var handle: String?
    public var displayName: String?
    /// The language the customer's app is set to, when the channel tells (LINE's profile: "ja", "en").
    public var language: String?

    public init(id: Int64, customerID: Int64, channel: Channel, address: String, handle: String? = nil, displayName: String? = nil,
                language: String? = nil) {
        self.language = language
        self.id = id
        self.customerID = customerID
        self.channel = channel
        self.address = address
        self.handle = handle
        self.displayName = displayName
    }

    /// What a person recognises: the @handle on Instagram when known, else the address.
    public var shownAddress: String {
        if case .accountID(let prefix?) = channel.adapter.identity, let handle, !handle.isEmpty { return prefix + handle }
        return address
    }
}
