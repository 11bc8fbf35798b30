import Foundation

/// A person who answers customers. Customers see `name`, never the login.
public struct Agent: Sendable, Equatable {
    public var id: Int64
    public var login: String
    public var name: String
    public var email: String?
    public var emailSignature: String?
    /// The agent's own sign-off per chat channel (`:me ig-signature`, `:me line-signature`: each
    /// adapter's `signOffSetting`), from `agent_signatures`.
    public var signOffs: [Channel: String]

    public init(id: Int64, login: String, name: String, email: String? = nil, emailSignature: String? = nil, signOffs: [Channel: String] = [:]) {
        self.id = id
        self.login = login
        self.name = name
        self.email = email
        self.emailSignature = emailSignature
        self.signOffs = signOffs
    }
}
