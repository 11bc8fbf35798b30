import Foundation

/// Everything about one mail that can be worked out without the store: who it is from and to,
/// the message as it will be stored (text cleaned, search text folded, preview line), and the
/// subject's thread key. An import works this out on its parse thread, so the thread that writes
/// the store (the one a large import waits on) only reads and writes rows.
public struct PreparedMail: Sendable {
    public let mail: ParsedMail
    let externalID: String
    let sender: MailAddress
    /// Our own mail (from one of the shop's addresses): our side of the conversation.
    let outgoing: Bool
    /// The customer's address: the sender, or for our own mail the first recipient who is not us.
    let counterpart: MailAddress
    let counterpartAddress: String
    /// A no-reply, mailer-daemon or shop address: never a customer of its own.
    let counterpartIsAutomatic: Bool
    let sentAt: Date
    let threadKey: String
    var message: NewMessage
}

/// Works out a `PreparedMail`; holds only what never changes during an import, so the parse
/// thread may use it while the store is written.
public struct MailPreparer: Sendable {
    /// The shop's own addresses, lowercased.
    let shopAddresses: Set<String>

    /// `search`: the mail's subject and text folded already, when the caller did it.
    public func prepare(_ mail: ParsedMail, raw bytes: [UInt8], receivedAt: Date, search: PreparedSearchText? = nil) -> PreparedMail {
        let externalID = mail.messageID ?? "sha256:" + SHA256.hex(bytes)
        let sender = mail.from.first ?? MailAddress(address: mail.header("Sender") ?? "unknown@invalid")
        let outgoing = shopAddresses.contains(sender.address.lowercased())
        let counterpart = outgoing ? (mail.to + mail.cc).first { !shopAddresses.contains($0.address.lowercased()) } ?? sender : sender
        let counterpartAddress = counterpart.address.trimmingWhitespace()
        let sentAt = mail.date ?? receivedAt
        var message = NewMessage(
            channel: .email, direction: outgoing ? .outgoing : .incoming, externalID: externalID,
            fromName: sender.name ?? "", fromAddress: sender.address,
            toAddress: (mail.to + mail.cc).map(\.address).joined(separator: ", "), subject: mail.subject, text: mail.text,
            raw: bytes, sentAt: sentAt, auto: mail.isAuto, warnings: mail.warnings,
            attachments: mail.attachments.map {
                Attachment(filename: $0.filename, contentType: $0.contentType, size: $0.size,
                           locator: "mime:" + $0.partPath.map(String.init).joined(separator: "."))
            },
            inReplyTo: mail.inReplyTo.first, references: mail.references).cleaned()
        // Cleaning changed nothing (the usual case): the search text folded from the mail is the message's.
        let unchanged = message.subject == mail.subject && message.text == mail.text
        message.preparedSearch = unchanged ? search ?? PreparedSearchText(subject: message.subject, text: message.text)
            : PreparedSearchText(subject: message.subject, text: message.text)
        message.preview = Store.previewLine(message.text)
        message.senderPeople = SearchPeopleWords([message.fromName, message.fromAddress])
        return PreparedMail(
            mail: mail, externalID: externalID, sender: sender, outgoing: outgoing, counterpart: counterpart,
            counterpartAddress: counterpartAddress,
            counterpartIsAutomatic: AutoMail.isAutomaticAddress(counterpartAddress) || shopAddresses.contains(counterpartAddress.lowercased()),
            sentAt: sentAt, threadKey: SubjectNormalizer.threadKey(mail.subject), message: message)
    }
}
