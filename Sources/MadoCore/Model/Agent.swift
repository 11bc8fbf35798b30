import Foundation

/// A person who answers customers. Customers see `name`, never the login.
public struct Agent: Sendable, Equatable {
    public var id: Int64
    public var login: String
    public var name: String
    public var email: String?
    public var emailSignature: String?
    public var instagramSignature: String?
    /// The sign-off of LINE replies (`:me line-signature`).
    public var lineSignature: String?

    public init(id: Int64, login: String, name: String, email: String? = nil, emailSignature: String? = nil, instagramSignature: String? = nil,
                lineSignature: String? = nil) {
        self.lineSignature = lineSignature
        self.id = id
        self.login = login
        self.name = name
        self.email = email
        self.emailSignature = emailSignature
        self.instagramSignature = instagramSignature
    }
}
