/// Incoming from the customer, outgoing from the shop, or an internal note never sent anywhere.
public enum Direction: String, Sendable, Codable {
    case incoming = "in"
    case outgoing = "out"
    case note
}
